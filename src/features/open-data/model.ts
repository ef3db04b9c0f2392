/** The site's knowledge as open data: the plain inputs (its types), and the tables (CSV + Table Schema) made from them; the JSON-LD graph is jsonld.ts. */
import type { Names, RelationType } from '../../schemas';
import { KEY_LIST_PATTERN, PARTIAL_DATE_PATTERN, type Field, type Table } from './tables';

export interface MovementData {
  id: string;
  title: string;
  names: Names;
  summary: string;
  founded: { date: string; place?: string | undefined; keys: string[] };
  otherDates: { date: string; what?: string | undefined; keys: string[] }[];
  ended?: { date: string; keys: string[] } | undefined;
  orientation: string;
  relations: { type: RelationType; target: string }[];
  people: string[];
  leaders: { person: string; role: string; keys: string[] }[];
}

export interface ContextData {
  id: string;
  title: string;
  names: Names;
  summary: string;
  date: { start: string; end?: string | undefined };
  people: string[];
}

export interface PersonData {
  id: string;
  name: string;
  kk?: string | undefined;
  ru?: string | undefined;
  born?: string | undefined;
  died?: string | undefined;
  summary: string;
  keys: string[];
}

export interface EventData {
  collection: 'movements' | 'context';
  entry: string;
  date: string;
  kind: string;
  label: string;
  keys: string[];
}

/** An entry page: what it is about, whom and what its text links to, the works it cites. */
export interface ArticleData {
  collection: 'movements' | 'context';
  id: string;
  title: string;
  summary: string;
  updated: string;
  /** Internal links of its text, "movement:lad", "person:dokuchaeva", … */
  links: string[];
  keys: string[];
}

export interface SourceData {
  id: string;
  type: string;
  title: string;
  /** English translation of a title in another language; '' for English titles. */
  titleEnglish: string;
  /** Authors as the bibliography names them: people "Family, Given", organisations by name. */
  authors: { name: string; person: boolean }[];
  container: string;
  issued: string;
  url: string;
  language: string;
}

export interface OpenData {
  movements: MovementData[];
  context: ContextData[];
  people: PersonData[];
  events: EventData[];
  articles: ArticleData[];
  sources: SourceData[];
  /** Absolute URL of a site path ("movements/lad/"), under the site's address and base path. */
  url: (path: string) => string;
}

const keys = (list: string[]) => [...new Set(list)].join(';');

const ID: Field = {
  name: 'id',
  type: 'string',
  description: 'Identifier on this site (also the last part of the page URL).',
  constraints: { required: true, unique: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
};
const URL_FIELD: Field = {
  name: 'url',
  type: 'string',
  format: 'uri',
  description: 'The page on this site.',
  constraints: { required: true },
};
const partialDate = (name: string, description: string, required = false): Field => ({
  name,
  type: 'string',
  description: `${description} Written as precisely as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD.`,
  constraints: { ...(required ? { required: true } : {}), pattern: PARTIAL_DATE_PATTERN },
});
const sourcesField = (name: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  description: `${description} Keys in sources.csv, separated by semicolons.`,
  constraints: { ...(required ? { required: true } : {}), pattern: KEY_LIST_PATTERN },
});
const nameFields: Field[] = [
  {
    name: 'name_latin',
    type: 'string',
    description: 'The one Latin spelling the site uses.',
    constraints: { required: true },
  },
  { name: 'name_kk', type: 'string', description: 'Kazakh form, Cyrillic script (empty where no source gives one).' },
  { name: 'name_ru', type: 'string', description: 'Russian form.', constraints: { required: true } },
  { name: 'aliases', type: 'string', description: 'Other spellings, separated by semicolons.' },
];
const nameCells = (n: Names) => ({
  name_latin: n.latin,
  name_kk: n.kk ?? '',
  name_ru: n.ru,
  aliases: n.aliases.join(';'),
});
const entryRef = (collection: 'movements' | 'context') => (collection === 'movements' ? 'movements' : 'context');

/** The tables, in the order the data package lists them. */
export function openDataTables(data: OpenData): Table[] {
  const movements: Table = {
    name: 'movements',
    title: 'Movements',
    description:
      'The five movements with an entry, their names, founding and end dates and the sources of those dates.',
    fields: [
      ID,
      { name: 'title', type: 'string', description: 'Title of the entry.', constraints: { required: true } },
      ...nameFields,
      { name: 'summary', type: 'string', description: 'One-sentence summary.', constraints: { required: true } },
      partialDate(
        'founded',
        'Founding date the entry gives first (see events.csv for other dates the sources give).',
        true,
      ),
      { name: 'founded_place', type: 'string', description: 'Place of founding, where the sources give one.' },
      sourcesField('founded_sources', 'Works that give the founding date.'),
      partialDate('ended', 'When it ended, if the sources say it did.'),
      sourcesField('ended_sources', 'Works that give the end date.', false),
      {
        name: 'orientation',
        type: 'string',
        description: 'Place on the primary report’s spectrum.',
        constraints: { required: true, enum: ['kazakh-national', 'russian-speaking', 'civic-environmental'] },
      },
      URL_FIELD,
    ],
    primaryKey: ['id'],
    rows: data.movements.map((m) => ({
      id: m.id,
      title: m.title,
      ...nameCells(m.names),
      summary: m.summary,
      founded: m.founded.date,
      founded_place: m.founded.place ?? '',
      founded_sources: keys(m.founded.keys),
      ended: m.ended?.date ?? '',
      ended_sources: keys(m.ended?.keys ?? []),
      orientation: m.orientation,
      url: data.url(`movements/${m.id}/`),
    })),
  };
  const context: Table = {
    name: 'context',
    title: 'Context entries',
    description: 'The events, elections, parties and institutions the movements refer to.',
    fields: [
      ID,
      { name: 'title', type: 'string', description: 'Title of the entry.', constraints: { required: true } },
      ...nameFields,
      { name: 'summary', type: 'string', description: 'Summary.', constraints: { required: true } },
      partialDate('start', 'When it began or happened.', true),
      partialDate('end', 'When it ended.'),
      URL_FIELD,
    ],
    primaryKey: ['id'],
    rows: data.context.map((c) => ({
      id: c.id,
      title: c.title,
      ...nameCells(c.names),
      summary: c.summary,
      start: c.date.start,
      end: c.date.end ?? '',
      url: data.url(`context/${c.id}/`),
    })),
  };
  const people: Table = {
    name: 'people',
    title: 'People',
    description: 'The people the entries name, with short sourced profiles.',
    fields: [
      ID,
      {
        name: 'name',
        type: 'string',
        description: 'The one Latin spelling the site uses.',
        constraints: { required: true },
      },
      { name: 'name_kk', type: 'string', description: 'Kazakh form, Cyrillic script.' },
      { name: 'name_ru', type: 'string', description: 'Russian form.' },
      partialDate('born', 'Date of birth.'),
      partialDate('died', 'Date of death.'),
      { name: 'summary', type: 'string', description: 'Profile.', constraints: { required: true } },
      sourcesField('sources', 'Works the profile rests on.'),
      URL_FIELD,
    ],
    primaryKey: ['id'],
    rows: data.people.map((p) => ({
      id: p.id,
      name: p.name,
      name_kk: p.kk ?? '',
      name_ru: p.ru ?? '',
      born: p.born ?? '',
      died: p.died ?? '',
      summary: p.summary,
      sources: keys(p.keys),
      url: data.url(`people/#${p.id}`),
    })),
  };
  const events: Table = {
    name: 'events',
    title: 'Events',
    description:
      'The timeline: every dated event of the entries, with the founding, other founding and end dates of the movements.',
    fields: [
      {
        name: 'entry_type',
        type: 'string',
        description: 'The table of the entry the event belongs to.',
        constraints: { required: true, enum: ['movements', 'context'] },
      },
      { name: 'entry_id', type: 'string', description: 'Id of that entry.', constraints: { required: true } },
      partialDate('date', 'Date of the event.', true),
      {
        name: 'kind',
        type: 'string',
        description: 'event, founded, founded-other (another founding date a source gives) or ended.',
        constraints: { required: true, enum: ['event', 'founded', 'founded-other', 'ended'] },
      },
      { name: 'label', type: 'string', description: 'What happened.', constraints: { required: true } },
      sourcesField('sources', 'Works that give the event and its date.'),
    ],
    rows: data.events.map((e) => ({
      entry_type: entryRef(e.collection),
      entry_id: e.entry,
      date: e.date,
      kind: e.kind,
      label: e.label,
      sources: keys(e.keys),
    })),
  };
  const relations: Table = {
    name: 'relations',
    title: 'Relations between movements',
    description:
      'Each relation in both directions: as declared ("successor-of") and read from its target ("succeeded-by").',
    fields: [
      { name: 'subject', type: 'string', description: 'Id of a movement.', constraints: { required: true } },
      {
        name: 'relation',
        type: 'string',
        description: 'How the subject relates to the object.',
        constraints: { required: true, enum: [...RELATION_NAMES] },
      },
      { name: 'object', type: 'string', description: 'Id of the other movement.', constraints: { required: true } },
      {
        name: 'direction',
        type: 'string',
        description: '"declared" as the entry states it, or "inverse" read from the other side.',
        constraints: { required: true, enum: ['declared', 'inverse'] },
      },
    ],
    primaryKey: ['subject', 'relation', 'object'],
    foreignKeys: [
      { fields: ['subject'], reference: { resource: 'movements', fields: ['id'] } },
      { fields: ['object'], reference: { resource: 'movements', fields: ['id'] } },
    ],
    rows: data.movements.flatMap((m) =>
      m.relations.flatMap((r) => [
        { subject: m.id, relation: r.type, object: r.target, direction: 'declared' },
        { subject: r.target, relation: INVERSE[r.type], object: m.id, direction: 'inverse' },
      ]),
    ),
  };
  const leaders: Table = {
    name: 'leaders',
    title: 'Leaders',
    description: 'Who led each movement, with the role as the sources describe it.',
    fields: [
      { name: 'movement', type: 'string', description: 'Id of the movement.', constraints: { required: true } },
      { name: 'person', type: 'string', description: 'Id of the person.', constraints: { required: true } },
      {
        name: 'role',
        type: 'string',
        description: 'The role, as the sources give it.',
        constraints: { required: true },
      },
      sourcesField('sources', 'Works that give the role.'),
    ],
    foreignKeys: [
      { fields: ['movement'], reference: { resource: 'movements', fields: ['id'] } },
      { fields: ['person'], reference: { resource: 'people', fields: ['id'] } },
    ],
    rows: data.movements.flatMap((m) =>
      m.leaders.map((l) => ({ movement: m.id, person: l.person, role: l.role, sources: keys(l.keys) })),
    ),
  };
  const sources: Table = {
    name: 'sources',
    title: 'Sources',
    description: 'Every work cited (the full records are in bibliography.json, CSL-JSON).',
    fields: [
      {
        ...ID,
        description: 'Key of the work, as the notes and the "sources" columns cite it.',
        constraints: { required: true, unique: true },
      },
      { name: 'type', type: 'string', description: 'CSL item type.', constraints: { required: true } },
      {
        name: 'title',
        type: 'string',
        description: 'Title as the work gives it (or, for untitled documents, what it is).',
        constraints: { required: true },
      },
      { name: 'title_english', type: 'string', description: 'English translation of a title in another language.' },
      { name: 'authors', type: 'string', description: 'Authors, "Family, Given", separated by semicolons.' },
      { name: 'container', type: 'string', description: 'Journal, newspaper, website or book it appeared in.' },
      partialDate('issued', 'Date of publication.'),
      { name: 'url', type: 'string', format: 'uri', description: 'Where it can be read.' },
      { name: 'language', type: 'string', description: 'Language code.' },
    ],
    primaryKey: ['id'],
    rows: data.sources.map(({ titleEnglish, ...s }) => ({
      ...s,
      title_english: titleEnglish,
      authors: s.authors.map((a) => a.name).join(';'),
    })),
  };
  return [movements, context, people, events, relations, leaders, sources];
}

/** Each relation type and its name read from the other side. */
const INVERSE: Record<RelationType, string> = {
  'successor-of': 'succeeded-by',
  'grew-out-of': 'gave-rise-to',
  'rival-of': 'rival-of',
  'allied-with': 'allied-with',
};
const RELATION_NAMES = new Set([...Object.keys(INVERSE), ...Object.values(INVERSE)]);

/** The site's knowledge as open data: tables (CSV + Table Schema) and a schema.org JSON-LD graph, from plain inputs. */
import { KIND_LABELS, type Kind } from './kinds';
import { ORIENTATION_LABELS } from './orientations';
import type { RelationType } from './relations';
import { KEY_LIST_PATTERN, PARTIAL_DATE_PATTERN, type Field, type Table } from './tables';

export interface Names {
  kk?: string | undefined;
  ru: string;
  latin: string;
  aliases: string[];
}

export interface MovementData {
  id: string;
  title: string;
  names: Names;
  summary: string;
  founded: { date: string; place?: string | undefined; keys: string[] };
  otherDates: { date: string; what?: string | undefined; keys: string[] }[];
  ended?: { date: string; keys: string[] } | undefined;
  kind: Kind;
  /** The works that say what it was, where the entry cites any. */
  kindKeys: string[];
  orientation: string;
  relations: { type: RelationType; target: string; keys: string[] }[];
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
    description: `The ${data.movements.length} entries of the movements collection: what each was (kind), its names, founding and end dates and the sources of those dates.`,
    fields: [
      ID,
      { name: 'title', type: 'string', description: 'Title of the entry.', constraints: { required: true } },
      {
        name: 'kind',
        type: 'string',
        description: `What it was: ${Object.entries(KIND_LABELS)
          .map(([k, label]) => `${k} (${label.toLowerCase()})`)
          .join(', ')}.`,
        constraints: { required: true, enum: Object.keys(KIND_LABELS) },
      },
      sourcesField('kind_sources', 'Works that say what it was, where the entry cites any.', false),
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
        constraints: { required: true, enum: Object.keys(ORIENTATION_LABELS) },
      },
      URL_FIELD,
    ],
    primaryKey: ['id'],
    rows: data.movements.map((m) => ({
      id: m.id,
      title: m.title,
      kind: m.kind,
      kind_sources: keys(m.kindKeys),
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
    description: 'The events, elections and institutions the movements refer to.',
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
      sourcesField('sources', 'Works that give the relation (the same for both directions).'),
    ],
    primaryKey: ['subject', 'relation', 'object'],
    foreignKeys: [
      { fields: ['subject'], reference: { resource: 'movements', fields: ['id'] } },
      { fields: ['object'], reference: { resource: 'movements', fields: ['id'] } },
    ],
    rows: data.movements.flatMap((m) =>
      m.relations.flatMap((r) => [
        { subject: m.id, relation: r.type, object: r.target, direction: 'declared', sources: keys(r.keys) },
        { subject: r.target, relation: INVERSE[r.type], object: m.id, direction: 'inverse', sources: keys(r.keys) },
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

/** The schema.org type of each kind: its own where schema.org has one, else Organization (movements.csv has the kind itself). */
export const SCHEMA_TYPE: Record<Kind, string> = {
  movement: 'Organization',
  party: 'PoliticalParty',
  society: 'Organization',
  'trade-union': 'WorkersUnion',
  'cossack-host': 'Organization',
};

/** The JSON-LD context: schema.org terms written inline, so that no processor has to fetch anything. */
export const JSONLD_CONTEXT = { '@vocab': 'https://schema.org/', schema: 'https://schema.org/' } as const;

/** The node id of what a page is about, and of the people and works. */
const nodeId = {
  movement: (data: OpenData, id: string) => `${data.url(`movements/${id}/`)}#movement`,
  context: (data: OpenData, id: string) => `${data.url(`context/${id}/`)}#subject`,
  article: (data: OpenData, collection: string, id: string) => `${data.url(`${collection}/${id}/`)}#article`,
  person: (data: OpenData, id: string) => data.url(`people/#${id}`),
  source: (data: OpenData, id: string) => data.url(`sources/#src-${id}`),
};

function altNames(n: Names): string[] {
  return [n.kk, n.ru, ...n.aliases].filter((s): s is string => !!s && s !== n.latin);
}

/** One node of the graph for each movement, subject, person, work and event, and each entry as a ScholarlyArticle. */
export function openDataGraph(data: OpenData, licence: string): Record<string, unknown>[] {
  const movementNodes = data.movements.map((m) => ({
    '@id': nodeId.movement(data, m.id),
    '@type': SCHEMA_TYPE[m.kind],
    name: m.names.latin,
    alternateName: altNames(m.names),
    description: m.summary,
    foundingDate: m.founded.date,
    ...(m.founded.place ? { foundingLocation: { '@type': 'Place', name: m.founded.place } } : {}),
    ...(m.ended ? { dissolutionDate: m.ended.date } : {}),
    ...(m.leaders.length
      ? {
          member: m.leaders.map((l) => ({
            '@type': 'OrganizationRole',
            roleName: l.role,
            member: { '@id': nodeId.person(data, l.person) },
          })),
        }
      : {}),
    subjectOf: { '@id': nodeId.article(data, 'movements', m.id) },
    url: data.url(`movements/${m.id}/`),
  }));
  const contextNodes = data.context.map((c) => ({
    '@id': nodeId.context(data, c.id),
    '@type': 'Thing',
    name: c.names.latin,
    alternateName: altNames(c.names),
    description: c.summary,
    subjectOf: { '@id': nodeId.article(data, 'context', c.id) },
  }));
  const personNodes = data.people.map((p) => ({
    '@id': nodeId.person(data, p.id),
    '@type': 'Person',
    name: p.name,
    alternateName: [p.kk, p.ru].filter((s): s is string => !!s),
    description: p.summary,
    ...(p.born ? { birthDate: p.born } : {}),
    ...(p.died ? { deathDate: p.died } : {}),
  }));
  const sourceNodes = data.sources.map((s) => ({
    '@id': nodeId.source(data, s.id),
    '@type': 'CreativeWork',
    name: s.title,
    ...(s.titleEnglish ? { alternativeHeadline: s.titleEnglish } : {}),
    ...(s.authors.length
      ? { author: s.authors.map((a) => ({ '@type': a.person ? 'Person' : 'Organization', name: a.name })) }
      : {}),
    ...(s.issued ? { datePublished: s.issued } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.language ? { inLanguage: s.language } : {}),
  }));
  const about = (a: ArticleData) =>
    a.collection === 'movements' ? nodeId.movement(data, a.id) : nodeId.context(data, a.id);
  const mentioned = (link: string) => {
    const [kind, id] = link.split(':') as [string, string];
    if (kind === 'movement') return nodeId.movement(data, id);
    if (kind === 'context') return nodeId.context(data, id);
    if (kind === 'person') return nodeId.person(data, id);
    return undefined;
  };
  const articleNodes = data.articles.map((a) => ({
    '@id': nodeId.article(data, a.collection, a.id),
    '@type': 'ScholarlyArticle',
    headline: a.title,
    description: a.summary,
    url: data.url(`${a.collection}/${a.id}/`),
    dateModified: a.updated,
    inLanguage: 'en',
    license: licence,
    about: { '@id': about(a) },
    mentions: [...new Set(a.links.map(mentioned).filter((id): id is string => !!id && id !== about(a)))].map((id) => ({
      '@id': id,
    })),
    citation: a.keys.map((k) => ({ '@id': nodeId.source(data, k) })),
  }));
  const eventNodes = data.events.map((e, i) => ({
    '@id': `${data.url('timeline/')}#event-${i + 1}`,
    '@type': 'Event',
    name: e.label,
    startDate: e.date,
    about: { '@id': e.collection === 'movements' ? nodeId.movement(data, e.entry) : nodeId.context(data, e.entry) },
    subjectOf: { '@id': nodeId.article(data, e.collection, e.entry) },
  }));
  return [...articleNodes, ...movementNodes, ...contextNodes, ...personNodes, ...eventNodes, ...sourceNodes];
}

/** A JSON-LD document of some nodes of the graph. */
export function jsonLdDocument(nodes: Record<string, unknown>[]): Record<string, unknown> {
  return { '@context': JSONLD_CONTEXT, '@graph': nodes };
}

/** The nodes one entry's page is about: its article, its subject, and the people, works and events they point to. */
export function entryNodes(graph: Record<string, unknown>[], articleId: string): Record<string, unknown>[] {
  const byId = new Map(graph.map((n) => [n['@id'] as string, n]));
  const article = byId.get(articleId);
  if (!article) throw new Error(`open data: no article ${articleId}`);
  const ids = new Set<string>([articleId]);
  const refs = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.flatMap(refs)
      : value && typeof value === 'object'
        ? '@id' in value
          ? [String(value['@id'])]
          : Object.values(value).flatMap(refs)
        : [];
  for (const id of refs({ about: article.about, mentions: article.mentions, citation: article.citation })) ids.add(id);
  const subject = byId.get(refs(article.about)[0]!);
  if (subject) for (const id of refs(subject.member)) ids.add(id);
  const events = graph.filter((n) => n['@type'] === 'Event' && refs(n.subjectOf)[0] === articleId);
  return [...[...ids].map((id) => byId.get(id)).filter((n): n is Record<string, unknown> => !!n), ...events];
}

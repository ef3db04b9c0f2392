/** What an entry page shows, as plain data (the view types), and the pure rules that put it together. */
import type { Names, Orientation } from '../../schemas';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { DataMap } from 'vfile';
import type { CslItem } from '../sources/model';
import type { EditionContext } from '../editions/model';
import { citeRefs, type CiteField, type NoteMark } from '../notes/model';
import type { PageRecord } from '../cite/model';
import type { ShownRelation } from '../relations/model';
import type { ReportParagraph } from '../report/model';
import type { Kind } from '../../schemas';
import { neighbours } from './sequence';
import type { TimelineEvent } from '../timeline/model';
import type { Freshness, Lang } from '../i18n/model';

/** A numbered note of the page, as the plugins record it (src/shared/entry-data.ts). */
export type Note = DataMap['notes'][number];
/** A body paragraph of the page: its id, its number and its words. */
export type Paragraph = DataMap['paragraphs'][number];

/** A work cited, with its formatted full reference. */
export interface Source {
  id: string;
  item: CslItem;
  /** Full reference, HTML, with the copy that was read if any (the bibliography's). */
  html: string;
  /** The same without the copy read: what a page's "Sources" lists (it sends the reader to the bibliography for it). */
  reference: string;
}

/** A page that links to or names another ("Linked from", "Named in"). */
export interface Mention {
  title: string;
  href: string;
  /** On a translated page, set when the page linked is only in English. */
  lang?: 'en' | undefined;
}

/** A dated event as a page shows it, with its note. */
export interface ShownEvent extends TimelineEvent {
  /** On a translated page, set when the label has no translation and shows in English. */
  labelLang?: 'en' | undefined;
  href: string;
  /** On the entry's own page: the mark of the page's note that gives the event's sources (shown instead of `note`). */
  mark?: NoteMark;
  /** The formatted citations (links to #src-key on the same page, or to the primary source). */
  note: string;
  /** Source keys the note cites: the page must list them under "Sources". */
  keys: string[];
}

/** A date from a movement's frontmatter with the mark of the note that gives its sources. */
export interface CitedDate {
  date: string;
  place?: string | undefined;
  what?: string | undefined;
  mark: NoteMark;
}

/** A movement's leader as the infobox shows them: name, role and the mark of the note that gives its sources. */
export interface ShownLeader {
  id: string;
  name: string;
  role: string;
  mark: NoteMark;
}

/**
 * What a movement's infobox shows beyond its names: what it was, dates and leaders, each with its note mark (what it
 * was has one only when the entry cites sources for it), the people named, and the marks of the relations it declares.
 */
export interface MovementFacts {
  kind: { kind: Kind; mark?: NoteMark | undefined };
  founded: CitedDate;
  /** The other founding dates its sources give. */
  otherDates: CitedDate[];
  ended?: CitedDate;
  leaders: ShownLeader[];
  people: { id: string; name: string }[];
  /** The marks of the notes of the relations the entry declares, in the order it declares them. */
  relationMarks: NoteMark[];
}

/** A link to another page by its title. */
export interface PageLink {
  href: string;
  title: string;
  /** On a translated page, set when the page linked is only in English. */
  lang?: 'en' | undefined;
}

/** A movement at a glance, beside the lead. */
export interface Infobox {
  aliases: string[];
  facts: MovementFacts;
  orientation: Orientation;
  relations: ShownRelation[];
  /** Movement titles by id, for the relations. */
  titles: Map<string, string>;
}

/** A movement's own lane of the timeline chart: an image of its own, its size, and the periods' names for the caption. */
export interface EntryChart {
  src: string;
  width: number;
  height: number;
  bands: string[];
}

/** One step of the breadcrumbs. */
export interface Crumb {
  label: string;
  href: string;
}

/** A language a page exists in, and its address there. */
export interface PageVersion {
  lang: Lang;
  href: string;
}

/** What a translated page says about itself at the top (src/features/i18n/entry-page.ts). */
export interface TranslationNotice {
  /** The day of the English text it was made from (source.date). */
  date: string;
  /** The English page, the text of record. */
  englishHref: string;
  /** The English page's history, where the changes since are listed. */
  historyHref: string;
  freshness: Freshness;
  /** How many strings of the original's front matter have no translation and show in English. */
  untranslated: number;
}

/** Everything an entry page shows: the one object its route hands to the Entry layout. */
export interface EntryPage {
  /** The page's language: English, or a translation's. */
  lang: Lang;
  /** Every language the page exists in, this one included (the switcher and the head's hreflang links). */
  versions: PageVersion[];
  /** On a translated page: where the translation comes from and how fresh it is. */
  translation: TranslationNotice | undefined;
  /** Site path of the page, e.g. "movements/lad/". */
  path: string;
  title: string;
  summary: string;
  names: Names;
  updated: Date;
  /** The text, rendered (the layout gives it the MDX components). */
  Content: AstroComponentFactory;
  notes: Note[];
  /** Every work the page cites, in bibliography order (see pageSourceKeys). */
  sources: Source[];
  /** How to cite the page: URL, dates, version. */
  record: PageRecord;
  /** The edition the page cites first, if it is in one. */
  edition: EditionContext | undefined;
  /** The page's text fingerprint; `npm run edition` stores it with the snapshot of the article. */
  fingerprint: string;
  /** Search weight of the entry's names: context entries rank below the movements they share names with. */
  nameWeight: number;
  /** From the section down to the page. */
  breadcrumbs: Crumb[];
  /** A movement's infobox (context entries have none). */
  infobox: Infobox | undefined;
  /** The primary source's passages on the entry, verbatim. */
  passages: ReportParagraph[];
  /** The entry's own timeline, and a movement's lane of the chart. */
  events: ShownEvent[];
  chart: EntryChart | undefined;
  /** A movement's typed relations, from both sides. */
  related: { relations: ShownRelation[]; titles: Map<string, string> } | undefined;
  /** The entries whose text links to this one. */
  linkedFrom: Mention[];
  /** The entries before and after it in its section's index; `kind` names them for the navigation. */
  prevNext: { kind: string; prev?: PageLink | undefined; next?: PageLink | undefined };
}

/**
 * The keys of the works a page cites, first use first: those of its notes (the text's and, for a movement, the
 * infobox's), then those of the cite lists in its frontmatter (its timeline's events). The one rule for "Sources".
 */
export function pageSourceKeys(notes: { keys: string[] }[], frontmatterCites: CiteField[]): string[] {
  return [
    ...new Set([
      ...notes.flatMap((n) => n.keys),
      ...frontmatterCites.flatMap((cite) => citeRefs(cite).map((r) => r.key)),
    ]),
  ];
}

/** The works with these keys, in bibliography order (the order of `sources`). */
export function sourcesWithKeys(keys: Iterable<string>, sources: Map<string, Source>): Source[] {
  const cited = new Set(keys);
  return [...sources.values()].filter((s) => cited.has(s.id));
}

/** A dated fact of a movement's frontmatter, as written. */
interface DatedFact {
  date: string;
  place?: string | undefined;
  what?: string | undefined;
}

/** The frontmatter fields of a movement that its infobox facts come from. */
export interface InfoboxData {
  kind: Kind;
  kindCite?: unknown;
  founded: DatedFact & { otherDates: DatedFact[] };
  ended?: DatedFact | undefined;
  leaders: { person: { id: string }; role: string }[];
  people: { id: string }[];
  relations: unknown[];
}

/**
 * A movement's infobox facts with the marks of their notes. The notes are the page's own, numbered before the
 * text's by remark-notes from infoboxCites() (src/features/notes/facts.ts), whose order this follows: what it was (when cited),
 * founded, the other founding dates, ended, the leaders, the relations it declares. `names` gives each person's one
 * Latin spelling.
 */
export function infoboxFacts(data: InfoboxData, names: Map<string, string>, marks: NoteMark[]): MovementFacts {
  const { kind, kindCite, founded, ended, leaders, people, relations } = data;
  let i = 0;
  const next = () => marks[i++]!;
  const date = (d: DatedFact): CitedDate => ({ date: d.date, place: d.place, what: d.what, mark: next() });
  return {
    kind: { kind, ...(kindCite ? { mark: next() } : {}) },
    founded: date(founded),
    otherDates: founded.otherDates.map(date),
    ...(ended ? { ended: date(ended) } : {}),
    leaders: leaders.map(({ person, role }) => ({ id: person.id, name: names.get(person.id)!, role, mark: next() })),
    people: people.map((p) => ({ id: p.id, name: names.get(p.id)! })),
    relationMarks: relations.map(next),
  };
}

/** The entries before and after this one in its section's order, as links. */
export function prevNextLinks<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
  link: (item: T) => PageLink,
): { prev?: PageLink | undefined; next?: PageLink | undefined } {
  const { prev, next } = neighbours(ordered, id);
  return { prev: prev && link(prev), next: next && link(next) };
}

// What each kind of entry is called on the page and in the open data (other features read it here).
export { KIND_LABELS, kindsInWords } from './kinds';

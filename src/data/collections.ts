/** The one way routes read the collections: fetched once, checked across entries, sorted. */
import fs from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../config';
import { withBase } from '../lib/base';
import { formatBibliographyEntry, sortKey, type CslItem } from '../lib/citations';
import { bySurname } from '../lib/names';
import { citationsHtml } from '../lib/note-html';
import { citeRefs, type CiteField, type NoteMark } from '../lib/notes';
import { danglingRelations, type Declared } from '../lib/relations';
import { uncoveredSpanDates } from '../lib/timeline';
import { validChoices } from '../lib/suggest';
import type { ParagraphData } from '../plugins/rehype-paragraph-ids';
import type { NoteData } from '../plugins/remark-notes';

export type Movement = CollectionEntry<'movements'>;
export type ContextEntry = CollectionEntry<'context'>;
export type Person = CollectionEntry<'people'>;
export type Term = CollectionEntry<'terms'>;
export type Entry = Movement | ContextEntry;

/** Runs a loader once per build and shares the promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** Two files must not produce the same entry id (e.g. `lad.mdx` and `Lad.mdx`). */
function checkOneFilePerId(folder: string, ids: string[]): void {
  const dir = path.join(CONTENT_DIR, folder);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  if (files.length !== ids.length) {
    throw new AstroError(
      `content/${folder}: ${files.length} files give only ${ids.length} distinct entries: two files share an id.`,
      `Files: ${files.join(', ')}. Ids: ${ids.join(', ')}. Rename one of the files.`,
    );
  }
}

export interface Source {
  id: string;
  item: CslItem;
  /** Full reference, HTML, with the copy that was read if any (the bibliography's). */
  html: string;
  /** The same without the copy read: what a page's "Sources" lists (it sends the reader to the bibliography for it). */
  reference: string;
}

/** Every work cited, by key, with its formatted full reference, in bibliography order. */
export const getSources = once(async () => {
  const all = await getCollection('sources');
  const items = all
    .map((s) => s.data as unknown as CslItem)
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'));
  return new Map<string, Source>(items.map((item) => [item.id, { id: item.id, item, html: formatBibliographyEntry(item), reference: formatBibliographyEntry(item, { copy: false }) }]));
});

/** The CSL items by key, as the note formatter wants them. */
const getItems = once(async () => new Map([...(await getSources())].map(([k, s]) => [k, s.item])));

/** Checks a cite list written in YAML data and formats it; the error names the file and the item. */
export async function citeData(cite: CiteField, where: string, base: string): Promise<{ keys: string[]; html: string }> {
  const items = await getItems();
  let refs;
  try {
    refs = citeRefs(cite);
  } catch (error) {
    throw new AstroError(`${where}: cite: ${(error as Error).message}`);
  }
  for (const { key } of refs) {
    if (!items.has(key)) {
      throw new AstroError(`${where}: cite: no source with the key "${key}".`, validChoices(key, items.keys()));
    }
  }
  return { keys: refs.map((r) => r.key), html: citationsHtml(refs, items, base) };
}

/** The relations as each movement declares them, in the shape lib/relations.ts reads. */
export function declaredRelations(movements: Movement[]): Declared[] {
  return movements.map((m) => ({ id: m.id, relations: m.data.relations.map((r) => ({ type: r.type, target: r.target.id })) }));
}

/** All movement entries in title order, after cross-entry checks (ids, relation targets, the cites and leaders in their frontmatter). */
export const getMovements = once(async () => {
  const all = await getCollection('movements');
  checkOneFilePerId('movements', all.map((m) => m.id));
  const declared = declaredRelations(all);
  const dangling = danglingRelations(declared);
  if (dangling.length) {
    const where = dangling.map((d) => `content/movements/${d.replace(':', '.mdx:')}`).join('\n');
    throw new AstroError(`Unknown relation target:\n${where}`, validChoices('', declared.map((d) => d.id)));
  }
  await checkFrontmatterCites(all, 'movements');
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
});

/** All context entries, in order of their start date. */
export const getContextEntries = once(async () => {
  const all = await getCollection('context');
  checkOneFilePerId('context', all.map((c) => c.id));
  await checkFrontmatterCites(all, 'context');
  for (const entry of all) {
    const uncovered = uncoveredSpanDates(entry.data.date, entry.data.events);
    if (uncovered.length) {
      throw new AstroError(
        `content/context/${entry.id}.mdx: date ${uncovered.map((d) => `"${d}"`).join(' and ')} has no event within it.`,
        'Each date of an entry\'s span must rest on a cited event: add one under events: with that date (or a more precise date inside it) and its cite.',
      );
    }
  }
  return all.sort((a, b) => a.data.date.start.localeCompare(b.data.date.start));
});

/** Every cite list in an entry's frontmatter (its events; a movement's dates and leaders), with the field it is in. */
export function frontmatterCites(entry: Entry): { cite: CiteField; field: string }[] {
  const cites = entry.data.events.map((e) => ({ cite: e.cite, field: `event "${e.label}"` }));
  if (entry.collection !== 'movements') return cites;
  const { founded, ended, leaders } = entry.data;
  return [
    ...cites,
    { cite: founded.cite, field: 'founded' },
    ...founded.otherDates.map((d, i) => ({ cite: d.cite, field: `founded.otherDates[${i}]` })),
    ...(ended ? [{ cite: ended.cite, field: 'ended' }] : []),
    ...leaders.map((l, i) => ({ cite: l.cite, field: `leaders[${i}]` })),
  ];
}

/** Every cite list in the entries' frontmatter names known sources, and every leader is among the entry's people. */
async function checkFrontmatterCites(entries: Entry[], folder: string): Promise<void> {
  for (const entry of entries) {
    const where = `content/${folder}/${entry.id}.mdx`;
    for (const { cite, field } of frontmatterCites(entry)) await citeData(cite, `${where}: ${field}`, '/');
    if (entry.collection !== 'movements') continue;
    for (const [i, leader] of entry.data.leaders.entries()) {
      if (!entry.data.people.some((p) => p.id === leader.person.id)) {
        throw new AstroError(`${where}: leaders[${i}]: "${leader.person.id}" is not in the entry's people.`, 'List every leader under people: as well.');
      }
    }
  }
}

/** The people, in index order: by surname. */
export const getPeople = once(async () => (await getCollection('people')).sort((a, b) => bySurname(a.data.name, b.data.name)));
/** Each person's one Latin spelling, by id. */
export const getPersonNames = once(async () => new Map((await getPeople()).map((p) => [p.id, p.data.name])));
export const getTerms = once(async () => (await getCollection('terms')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')));

/** The works a page cites, in bibliography order, for its "Sources" list. */
export async function sourcesCited(keys: Iterable<string>): Promise<Source[]> {
  const cited = new Set(keys);
  return [...(await getSources()).values()].filter((s) => cited.has(s.id));
}

/** An entry's URL, under the base path. */
export function entryHref(entry: { collection: string; id: string }): string {
  return withBase(`${entry.collection}/${entry.id}/`);
}

/** An entry rendered: its content component, its numbered notes and the internal links of its text. */
export async function renderEntry(entry: Entry) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const notes = (remarkPluginFrontmatter.notes ?? []) as NoteData[];
  const links = (remarkPluginFrontmatter.links ?? []) as string[];
  const paragraphs = (remarkPluginFrontmatter.paragraphs ?? []) as ParagraphData[];
  /** The marks of the notes numbered before the text's (a movement's infobox facts). */
  const frontmatterMarks = (remarkPluginFrontmatter.frontmatterMarks ?? []) as NoteMark[];
  /** The marks of the notes numbered after the text's (the entry's own timeline, one per event). */
  const timelineMarks = (remarkPluginFrontmatter.afterMarks ?? []) as NoteMark[];
  /** The notes of the text and the infobox: the entry's text for its fingerprint (a note only the timeline gives is not). */
  const textNotes = notes.slice(0, (remarkPluginFrontmatter.textNotes ?? notes.length) as number);
  return { Content, notes, links, paragraphs, frontmatterMarks, timelineMarks, textNotes };
}

/** The one way routes read the collections: fetched once, checked across entries, sorted. */
import fs from 'node:fs';
import { AstroError } from 'astro/errors';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentFileName, contentPath, entryFileName } from './config';
import { withBase } from './shared/base';
import { formatBibliographyEntry, sortKey, type CslItem } from './features/sources/model';
import { bySurname } from './features/mentions/names';
import { sourcesWithKeys, type Source } from './features/entry/model';
import { citationsHtml } from './features/notes/note-html';
import { citeRefs, type CiteField } from './features/notes/notes';
import { danglingRelations, type Declared } from './features/relations/model';
import { uncoveredSpanDates } from './features/timeline/model';
import { validChoices } from './shared/suggest';
import type { DataMap } from 'vfile';

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
function checkOneFilePerId(folder: 'movements' | 'context', ids: string[]): void {
  const dir = contentPath(folder);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  if (files.length !== ids.length) {
    throw new AstroError(
      `${contentFileName(folder)}: ${files.length} files give only ${ids.length} distinct entries: two files share an id.`,
      `Files: ${files.join(', ')}. Ids: ${ids.join(', ')}. Rename one of the files.`,
    );
  }
}

/** Every work cited, by key, with its formatted full reference, in bibliography order. */
export const getSources = once(async () => {
  const all = await getCollection('sources');
  const items = all.map((s) => s.data as unknown as CslItem).sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'));
  return new Map<string, Source>(
    items.map((item) => [
      item.id,
      {
        id: item.id,
        item,
        html: formatBibliographyEntry(item),
        reference: formatBibliographyEntry(item, { copy: false }),
      },
    ]),
  );
});

/** The CSL items by key, as the note formatter wants them. */
const getItems = once(async () => new Map([...(await getSources())].map(([k, s]) => [k, s.item])));

/** Checks a cite list written in YAML data and formats it; the error names the file and the item. */
export async function citeData(
  cite: CiteField,
  where: string,
  base: string,
): Promise<{ keys: string[]; html: string }> {
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

/** The relations as each movement declares them, in the shape features/relations/model.ts reads. */
export function declaredRelations(movements: Movement[]): Declared[] {
  return movements.map((m) => ({
    id: m.id,
    relations: m.data.relations.map((r) => ({ type: r.type, target: r.target.id })),
  }));
}

/** All movement entries in title order, after cross-entry checks (ids, relation targets, the cites and leaders in their frontmatter). */
export const getMovements = once(async () => {
  const all = await getCollection('movements');
  checkOneFilePerId(
    'movements',
    all.map((m) => m.id),
  );
  const declared = declaredRelations(all);
  const dangling = danglingRelations(declared);
  if (dangling.length) {
    // Each problem starts "<id>: ": the id becomes the file's name.
    const where = dangling
      .map((d) => entryFileName('movements', d.slice(0, d.indexOf(':'))) + d.slice(d.indexOf(':')))
      .join('\n');
    throw new AstroError(
      `Unknown relation target:\n${where}`,
      validChoices(
        '',
        declared.map((d) => d.id),
      ),
    );
  }
  await checkFrontmatterCites(all);
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
});

/** All context entries, in order of their start date. */
export const getContextEntries = once(async () => {
  const all = await getCollection('context');
  checkOneFilePerId(
    'context',
    all.map((c) => c.id),
  );
  await checkFrontmatterCites(all);
  for (const entry of all) {
    const uncovered = uncoveredSpanDates(entry.data.date, entry.data.events);
    if (uncovered.length) {
      throw new AstroError(
        `${entryFileName('context', entry.id)}: date ${uncovered.map((d) => `"${d}"`).join(' and ')} has no event within it.`,
        "Each date of an entry's span must rest on a cited event: add one under events: with that date (or a more precise date inside it) and its cite.",
      );
    }
  }
  return all.sort((a, b) => a.data.date.start.localeCompare(b.data.date.start));
});

/** Every cite list in an entry's frontmatter (its events; a movement's kind, dates, leaders and relations), with the field it is in. */
export function frontmatterCites(entry: Entry): { cite: CiteField; field: string }[] {
  const cites = entry.data.events.map((e) => ({ cite: e.cite, field: `event "${e.label}"` }));
  if (entry.collection !== 'movements') return cites;
  const { kindCite, founded, ended, leaders, relations } = entry.data;
  return [
    ...cites,
    ...(kindCite ? [{ cite: kindCite, field: 'kindCite' }] : []),
    { cite: founded.cite, field: 'founded' },
    ...founded.otherDates.map((d, i) => ({ cite: d.cite, field: `founded.otherDates[${i}]` })),
    ...(ended ? [{ cite: ended.cite, field: 'ended' }] : []),
    ...leaders.map((l, i) => ({ cite: l.cite, field: `leaders[${i}]` })),
    ...relations.map((r, i) => ({ cite: r.cite, field: `relations[${i}]` })),
  ];
}

/** Every cite list in the entries' frontmatter names known sources, and every leader is among the entry's people. */
async function checkFrontmatterCites(entries: Entry[]): Promise<void> {
  for (const entry of entries) {
    const where = entryFileName(entry.collection, entry.id);
    for (const { cite, field } of frontmatterCites(entry)) await citeData(cite, `${where}: ${field}`, '/');
    if (entry.collection !== 'movements') continue;
    for (const [i, leader] of entry.data.leaders.entries()) {
      if (!entry.data.people.some((p) => p.id === leader.person.id)) {
        throw new AstroError(
          `${where}: leaders[${i}]: "${leader.person.id}" is not in the entry's people.`,
          'List every leader under people: as well.',
        );
      }
    }
  }
}

/** Every translated entry (content/translations/<lang>/<section>/<id>.mdx), in id order; the content rules have checked each against its original. */
export const getTranslations = once(async () =>
  (await getCollection('translations')).sort((a, b) => a.id.localeCompare(b.id, 'en')),
);

/** The people, in index order: by surname. */
export const getPeople = once(async () =>
  (await getCollection('people')).sort((a, b) => bySurname(a.data.name, b.data.name)),
);
/** Each person's one Latin spelling, by id. */
export const getPersonNames = once(async () => new Map((await getPeople()).map((p) => [p.id, p.data.name])));
export const getTerms = once(async () =>
  (await getCollection('terms')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
);
/** The places on the map, in alphabetical order: the order of its list and of its marks' links. */
export const getPlaceEntries = once(async () =>
  (await getCollection('places')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
);

/** The works a page cites, in bibliography order, for its "Sources" list. */
export async function sourcesCited(keys: Iterable<string>): Promise<Source[]> {
  return sourcesWithKeys(keys, await getSources());
}

/** An entry's URL, under the base path. */
export function entryHref(entry: { collection: string; id: string }): string {
  return withBase(`${entry.collection}/${entry.id}/`);
}

/**
 * An entry rendered: its content component and what the plugins recorded about it (src/shared/entry-data.ts):
 * its numbered notes, the marks of the infobox's and the timeline's notes, the internal links of its text, its
 * paragraphs.
 */
export async function renderEntry(entry: Entry | CollectionEntry<'translations'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const recorded = remarkPluginFrontmatter as Partial<
    Pick<DataMap, 'notes' | 'frontmatterMarks' | 'afterMarks' | 'textNotes' | 'links' | 'paragraphs'>
  >;
  const { notes = [], frontmatterMarks = [], afterMarks: timelineMarks = [], links = [], paragraphs = [] } = recorded;
  // The notes of the text and the infobox: the entry's text for its fingerprint (a note only the timeline gives is not).
  const textNotes = notes.slice(0, recorded.textNotes ?? notes.length);
  return { Content, notes, links, paragraphs, frontmatterMarks, timelineMarks, textNotes };
}

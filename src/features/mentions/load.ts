/** Which entries name which people, terms and entries: from frontmatter and from the links in the text. */
import { withBase } from '../../shared/base';
import { anchorForLocator } from '../report/model';
import { citeRefs, REPORT_KEY } from '../notes/model';
import type { Mention } from '../entry/model';
import {
  entryHref,
  frontmatterCites,
  getContextEntries,
  getMovements,
  getPeople,
  getPlaceEntries,
  getTerms,
  once,
  renderEntry,
  type Entry,
} from '../../collections';

/**
 * For each "kind:id", the entries that mention it: people and entries they link to (person:suleimenov,
 * movement:lad, …) and the report passages their notes cite (primary:a-3).
 */
export const getMentions = once(async (): Promise<Map<string, Mention[]>> => {
  const entries: Entry[] = [...(await getMovements()), ...(await getContextEntries())];
  const mentions = new Map<string, Mention[]>();
  for (const entry of entries) {
    const { links, notes } = await renderEntry(entry);
    const cited = notes.flatMap((n) => n.cites).filter((c) => c.key === REPORT_KEY && c.locator);
    const passages = cited
      .map((c) => anchorForLocator(c.locator!))
      .filter(Boolean)
      .map((a) => `primary:${a}`);
    const named = new Set([...links, ...entry.data.people.map((p) => `person:${p.id}`), ...passages]);
    for (const target of named) {
      const list = mentions.get(target) ?? [];
      list.push({ title: entry.data.title, href: entryHref(entry) });
      mentions.set(target, list);
    }
  }
  return mentions;
});

/** The entries whose text links to this one ("Linked from"), without the entry itself. */
export async function linkedFrom(entry: Entry): Promise<Mention[]> {
  const kind = entry.collection === 'movements' ? 'movement' : 'context';
  const self = entryHref(entry);
  return ((await getMentions()).get(`${kind}:${entry.id}`) ?? []).filter((m) => m.href !== self);
}

export interface CitedOn {
  title: string;
  href: string;
  /** The notes on that page that cite the work (none for profiles, glossary entries and places). */
  notes: { n: number; href: string }[];
}

/** For each source key, every page and note that cites it, in entry order. */
export const getCitedOn = once(async (): Promise<Map<string, CitedOn[]>> => {
  const citedOn = new Map<string, CitedOn[]>();
  const add = (key: string, place: CitedOn) => citedOn.set(key, [...(citedOn.get(key) ?? []), place]);
  const entries: Entry[] = [...(await getMovements()), ...(await getContextEntries())];
  for (const entry of entries) {
    const { notes } = await renderEntry(entry);
    const href = entryHref(entry);
    const inNotes = new Set(notes.flatMap((n) => n.keys));
    for (const key of inNotes) {
      const using = notes.filter((n) => n.keys.includes(key)).map((n) => ({ n: n.n, href: `${href}#${n.id}` }));
      add(key, { title: entry.data.title, href, notes: using });
    }
    // Works cited only in the infobox or the timeline are cited on the page too, though in no note.
    for (const key of new Set(frontmatterCites(entry).flatMap(({ cite }) => citeRefs(cite).map((c) => c.key)))) {
      if (!inNotes.has(key)) add(key, { title: entry.data.title, href, notes: [] });
    }
  }
  for (const person of await getPeople()) {
    for (const { key } of citeRefs(person.data.cite)) {
      add(key, { title: `People: ${person.data.name}`, href: withBase(`people/#${person.id}`), notes: [] });
    }
  }
  for (const term of await getTerms()) {
    for (const { key } of citeRefs(term.data.cite)) {
      add(key, { title: `Glossary: ${term.data.term}`, href: withBase(`glossary/#${term.id}`), notes: [] });
    }
  }
  for (const place of await getPlaceEntries()) {
    for (const { key } of citeRefs(place.data.cite)) {
      add(key, { title: `Places: ${place.data.name}`, href: withBase(`places/#${place.id}`), notes: [] });
    }
  }
  return citedOn;
});

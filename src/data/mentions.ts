/** Which entries name which people, terms and entries: from frontmatter and from the links in the text. */
import { withBase } from '../lib/base';
import { REPORT_KEY } from '../lib/note-html';
import { anchorForLocator } from '../lib/report';
import { getContextEntries, getMovements, renderEntry, type Entry } from './collections';

export interface Mention {
  title: string;
  href: string;
}

function hrefOf(entry: Entry): string {
  return withBase(`${entry.collection}/${entry.id}/`);
}

/**
 * For each "kind:id", the entries that mention it: people and entries they link to (person:suleimenov,
 * movement:lad, …) and the report passages their notes cite (primary:a-2).
 */
export async function getMentions(): Promise<Map<string, Mention[]>> {
  const entries: Entry[] = [...(await getMovements()), ...(await getContextEntries())];
  const mentions = new Map<string, Mention[]>();
  for (const entry of entries) {
    const { links, notes } = await renderEntry(entry);
    const cited = notes.flatMap((n) => n.cites).filter((c) => c.key === REPORT_KEY && c.locator);
    const passages = cited.map((c) => anchorForLocator(c.locator!)).filter(Boolean).map((a) => `primary:${a}`);
    const named = new Set([...links, ...entry.data.people.map((p) => `person:${p.id}`), ...passages]);
    for (const target of named) {
      const list = mentions.get(target) ?? [];
      list.push({ title: entry.data.title, href: hrefOf(entry) });
      mentions.set(target, list);
    }
  }
  return mentions;
}

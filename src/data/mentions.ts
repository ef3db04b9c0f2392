/** Which entries name which people, terms and entries: from frontmatter and from the links in the text. */
import { withBase } from '../lib/base';
import { getContextEntries, getMovements, renderEntry, type Entry } from './collections';

export interface Mention {
  title: string;
  href: string;
}

function hrefOf(entry: Entry): string {
  return withBase(`${entry.collection}/${entry.id}/`);
}

/** For each "kind:id" (person:suleimenov, movement:lad, …), the entries that mention it. */
export async function getMentions(): Promise<Map<string, Mention[]>> {
  const entries: Entry[] = [...(await getMovements()), ...(await getContextEntries())];
  const mentions = new Map<string, Mention[]>();
  for (const entry of entries) {
    const { links } = await renderEntry(entry);
    const named = new Set([...links, ...entry.data.people.map((p) => `person:${p.id}`)]);
    for (const target of named) {
      const list = mentions.get(target) ?? [];
      list.push({ title: entry.data.title, href: hrefOf(entry) });
      mentions.set(target, list);
    }
  }
  return mentions;
}

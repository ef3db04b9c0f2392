/** The one way routes read the collections: fetched once, checked across entries, sorted. */
import fs from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../config';
import { formatBibliographyEntry, sortKey, type CslItem } from '../lib/citations';
import { danglingRelations } from '../lib/relations';
import { validChoices } from '../lib/suggest';

export type Movement = CollectionEntry<'movements'>;

/** Two files must not produce the same entry id (e.g. `lad.mdx` and `Lad.mdx`). */
function checkOneFilePerId(folder: string, ids: string[]): void {
  const files = fs.readdirSync(path.join(CONTENT_DIR, folder)).filter((f) => f.endsWith('.mdx'));
  if (files.length !== ids.length) {
    throw new AstroError(
      `content/${folder}: ${files.length} files give only ${ids.length} distinct entries: two files share an id.`,
      `Files: ${files.join(', ')}. Ids: ${ids.join(', ')}. Rename one of the files.`,
    );
  }
}

let movements: Promise<Movement[]> | undefined;

/** All movement entries in title order, after cross-entry checks (ids, relation targets). */
export function getMovements(): Promise<Movement[]> {
  movements ??= (async () => {
    const all = await getCollection('movements');
    checkOneFilePerId('movements', all.map((m) => m.id));
    const declared = all.map((m) => ({
      id: m.id,
      relations: m.data.relations.map((r) => ({ type: r.type, target: r.target.id })),
    }));
    const dangling = danglingRelations(declared);
    if (dangling.length) {
      const where = dangling.map((d) => `content/movements/${d.replace(':', '.mdx:')}`).join('\n');
      throw new AstroError(`Unknown relation target:\n${where}`, validChoices('', declared.map((d) => d.id)));
    }
    return all.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  })();
  return movements;
}

export interface Source {
  id: string;
  item: CslItem;
  /** Full reference, HTML. */
  html: string;
}

let sources: Promise<Map<string, Source>> | undefined;

/** Every work cited, by key, with its formatted full reference, in bibliography order. */
export function getSources(): Promise<Map<string, Source>> {
  sources ??= (async () => {
    const all = await getCollection('sources');
    const items = all.map((s) => s.data as unknown as CslItem).sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'));
    return new Map(items.map((item) => [item.id, { id: item.id, item, html: formatBibliographyEntry(item) }]));
  })();
  return sources;
}

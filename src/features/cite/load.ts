/** The citable pages (movement and context entries) with what their citation needs: URL, dates, version. */
import { SITE } from '../../config';
import { withBase } from '../../shared/base';
import type { Revision } from '../history/model';
import type { PageRecord, SiteFacts } from './model';
import { getContextEntries, getMovements, type Entry } from '../../collections';
import { revisionsOf } from '../history/load';

export type Section = 'movements' | 'context';

/** The site's facts as citations use them. */
export const SITE_FACTS: SiteFacts = { title: SITE.title, author: SITE.author, lang: SITE.lang };

export interface CitablePage {
  section: Section;
  entry: Entry;
  /** Site path of the page, e.g. "movements/lad/". */
  path: string;
  record: PageRecord;
  /** Commits that changed the entry's file, newest first; empty without repository history. */
  revisions: Revision[];
}

/** A page's public address: the configured site origin (astro.config.mjs `site`) and base path. */
export function publicUrl(path: string): string {
  return new URL(withBase(path), import.meta.env.SITE).href;
}

/** The citation record of one entry page, from its frontmatter and the history of its file. */
export function citablePage(section: Section, entry: Entry): CitablePage {
  const path = `${section}/${entry.id}/`;
  const revisions = entry.filePath ? revisionsOf(entry.filePath) : [];
  const newest = revisions[0];
  const record: PageRecord = {
    key: `${section}/${entry.id}`,
    title: entry.data.title,
    url: publicUrl(path),
    updated: entry.data.updated.toISOString().slice(0, 10),
    published: revisions.at(-1)?.date,
    version: newest ? { hash: newest.short, date: newest.date } : undefined,
  };
  return { section, entry, path, record, revisions };
}

/** Every movement and context entry as a citable page. */
export async function citablePages(): Promise<CitablePage[]> {
  const movements = (await getMovements()).map((e) => citablePage('movements', e));
  const context = (await getContextEntries()).map((e) => citablePage('context', e));
  return [...movements, ...context];
}

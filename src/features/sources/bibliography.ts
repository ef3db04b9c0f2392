/** The whole bibliography as files a reference manager imports in one go: CSL-JSON, BibTeX, RIS. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from './model';

// BibTeX as biber and Zotero read it today: UTF-8 kept as it is (the default would drop every Cyrillic
// letter), and each entry labelled by its key on this site, so a note's key finds its entry.
const bibtexConfig = plugins.config.get('@bibtex') as unknown as {
  format: { asciiOnly: boolean; useIdAsLabel: boolean };
};
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;

/** The CSL-JSON variables the sources schema uses; anything else is the site's own bookkeeping and stays out. */
const CSL_FIELDS = new Set([
  'id',
  'type',
  'author',
  'editor',
  'translator',
  'title',
  'title-short',
  'container-title',
  'collection-title',
  'event',
  'genre',
  'publisher',
  'publisher-place',
  'issued',
  'page',
  'volume',
  'issue',
  'edition',
  'number',
  'ISBN',
  'DOI',
  'URL',
  'accessed',
  'language',
  'note',
]);

/**
 * A source as plain CSL-JSON for reference managers: a non-English title keeps its English translation in
 * brackets after it (Chicago 14.98; CSL has no field for it), and the copy read is named in the note.
 */
export function cslOnly(item: CslItem): CslItem {
  const csl = Object.fromEntries(Object.entries(item).filter(([k]) => CSL_FIELDS.has(k))) as CslItem;
  const translation = item['title-translation'];
  if (typeof translation === 'string' && typeof csl.title === 'string') csl.title = `${csl.title} [${translation}]`;
  const copy = item.copy as { name: string; URL: string } | undefined;
  if (copy) csl.note = [csl.note, `Read at: ${copy.name}, ${copy.URL}.`].filter(Boolean).join(' ');
  return csl;
}

export function bibliographyCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items.map(cslOnly), null, 2)}\n`;
}

export function bibliographyBibtex(items: CslItem[]): string {
  return `${new Cite(items.map(cslOnly)).format('bibtex').trim()}\n`;
}

export function bibliographyRis(items: CslItem[]): string {
  return `${new Cite(items.map(cslOnly)).format('ris').trim()}\n`;
}

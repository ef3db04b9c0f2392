/** Note and bibliography text formatted from CSL-JSON data by citation-js (Chicago 17th, notes). */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicago from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import type { CiteRef } from './notes';
import { markKazakh } from './kazakh';

/** A work cited, in CSL-JSON. Validated by the `sources` schema before it reaches here. */
export interface CslItem {
  id: string;
  type: string;
  [field: string]: unknown;
}

const STYLE = 'chicago-note-bibliography';
const csl = plugins.config.get('@csl');
if (!csl.styles.has(STYLE)) csl.styles.add(STYLE, chicago.content);

/** CSL locator labels for the abbreviations authors write in `loc`. */
const LABELS: Record<string, string> = {
  'p.': 'page',
  'pp.': 'page',
  'ch.': 'chapter',
  'vol.': 'volume',
  'sec.': 'section',
  'n.': 'note',
};

/** Splits "p. 12" into a CSL label and locator; free-form locators are kept as a suffix. */
export function cslLocator(locator: string): { label: string; locator: string } | { suffix: string } {
  const match = /^(p\.|pp\.|ch\.|vol\.|sec\.|n\.)\s*(.+)$/.exec(locator);
  if (match) return { label: LABELS[match[1]!]!, locator: match[2]! };
  return { suffix: `, ${locator}` };
}

/** citeproc emits `&#38;` and similar; keep the HTML but trim the wrapper and whitespace, and mark Kazakh titles lang="kk". */
function clean(html: string): string {
  return markKazakh(html.replace(/\s+/g, ' ').trim());
}

const noteCache = new Map<string, string>();

/** A short note for one cited work (Chicago short form), as HTML without a final full stop. */
export function formatShortNote(item: CslItem, ref: CiteRef): string {
  const cacheKey = JSON.stringify([item, ref.locator ?? '']);
  const cached = noteCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const entry = { id: item.id, ...(ref.locator ? cslLocator(ref.locator) : {}) };
  const html = new Cite([item]).format('citation', {
    template: STYLE,
    lang: 'en-US',
    format: 'html',
    entry: [entry],
  });
  const result = clean(html).replace(/\.(”?)$/, '$1');
  noteCache.set(cacheKey, result);
  return result;
}

/** The full bibliography entry for one work, as HTML. */
export function formatBibliographyEntry(item: CslItem): string {
  const html = new Cite([item]).format('bibliography', {
    template: STYLE,
    lang: 'en-US',
    format: 'html',
  });
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
  return clean(inner);
}

/** Sort key for bibliographies: first author's family name (or literal), then title. */
export function sortKey(item: CslItem): string {
  const people = (item.author ?? item.editor) as { family?: string; literal?: string }[] | undefined;
  const first = people?.[0];
  const name = first?.family ?? first?.literal ?? String(item.title ?? item.genre ?? item.id);
  return `${name} ${String(item.title ?? '')}`.toLocaleLowerCase('en');
}

/** Joins the short notes of one note and closes it with a full stop, inside a closing quote. */
export function joinNoteParts(parts: string[]): string {
  const text = parts.join('; ');
  if (/[.?!]”?$/.test(text)) return text;
  return text.endsWith('”') ? `${text.slice(0, -1)}.”` : `${text}.`;
}

/** The sources: what a note cites (a work, its locator, the passage), and note and bibliography text formatted from CSL-JSON data by citation-js (Chicago 17th, notes). */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicago from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import { escapeHtml } from '../../shared/html';
import { markKazakh } from '../../shared/kazakh';

/** The passage of a work a note rests on, in the work's own words. */
export interface NoteQuote {
  /** Verbatim, about 25 words at most. */
  text: string;
  /** BCP 47 language of the passage, when it is not English ("ru", "kk", "de"). */
  lang?: string;
  /** English translation, required when the passage is not in English (on a translated page: in the page's language). */
  tr?: string;
  /** The language of `tr` when it is not the page's: an English translation no one has translated yet. */
  trLang?: string;
}

/** One work cited in a note, with an optional locator ("p. 12", "excerpt A, ¶3") and the passage quoted. */
export interface CiteRef {
  key: string;
  locator?: string;
  quote?: NoteQuote;
  /** The note supports one side of a point the sources disagree on (a quote is then required). */
  disputed?: boolean;
}

/** A work cited, in CSL-JSON. Validated by the `sources` schema before it reaches here. */
export interface CslItem {
  id: string;
  type: string;
  [field: string]: unknown;
}

/**
 * The site's own fields on a source record, which are not CSL-JSON (see the `sources` schema):
 * `untitled` (the title is a descriptive one), `unsigned`, `nodate`, `title-translation`, `copy` and `revision`.
 */
interface SiteFields {
  untitled?: boolean;
  unsigned?: boolean;
  nodate?: boolean;
  'title-translation'?: string;
  copy?: { name: string; URL: string };
  revision?: { oldid: number; date: string };
}

/** Markers around a title that needs rendering after citeproc: no letters, so no case change touches them. */
const OPEN = '⟦';
const CLOSE = '⟧';

/** The record as citeproc should see it: the site's own fields removed, titles marked where they need work. */
export function toCsl(item: CslItem): CslItem {
  const {
    untitled,
    unsigned: _unsigned,
    nodate,
    'title-translation': translation,
    copy: _copy,
    revision,
    ...csl
  } = item as CslItem & SiteFields;
  // A wiki revision is dated by the day it was saved: that is the version's date (its URL is its permanent link).
  if (revision && !csl.issued) csl.issued = { 'date-parts': [revision.date.split('-').map(Number)] };
  // Both keep their own case: a descriptive title is in sentence case, a non-English one as the work prints it.
  const marked = (title: unknown) => `<span class="nocase">${OPEN}${String(title)}${CLOSE}</span>`;
  if ((untitled || translation) && typeof csl.title === 'string') {
    csl.title = marked(csl.title);
    if (typeof csl['title-short'] === 'string') csl['title-short'] = marked(csl['title-short']);
  }
  // Without any date the style prints the access date; with an explicit "n.d." it drops it, so "n.d." is added after formatting.
  if (nodate && !csl.accessed) csl.issued = { literal: 'n.d.' };
  return csl;
}

/**
 * Finishes a formatted title: a descriptive title (`untitled`) loses the quotation marks or italics of
 * a real one (Chicago 14.89); a translated title is followed by its translation in square brackets,
 * outside the quotation marks or italics and before the punctuation that follows (Chicago 14.98).
 */
function finishTitle(html: string, item: CslItem): string {
  const { untitled, 'title-translation': translation } = item as CslItem & SiteFields;
  const marked = new RegExp(`(“|<i>)?${OPEN}([\\s\\S]*?)${CLOSE}([.,:;]?)(”|</i>)?`, 'g');
  return html.replace(
    marked,
    (_m, open: string | undefined, title: string, punct: string, close: string | undefined) => {
      if (untitled) return `${title}${punct}`;
      const bracket = translation ? ` [${escapeHtml(translation)}]` : '';
      return `${open ?? ''}${title}${close ?? ''}${bracket}${punct}`;
    },
  );
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
  const html = new Cite([toCsl(item)]).format('citation', {
    template: STYLE,
    lang: 'en-US',
    format: 'html',
    entry: [entry],
  });
  const result = finishTitle(clean(html), item).replace(/\.(”?)$/, '$1');
  noteCache.set(cacheKey, result);
  return result;
}

/**
 * The full bibliography entry for one work, as HTML: "n.d." for an undated work cited by URL (for web
 * pages the style prints only the access date), and the copy that was read, if any, after the work's own address
 * (left out with `copy: false`: an entry page's list, which sends the reader to the bibliography for it).
 */
export function formatBibliographyEntry(item: CslItem, { copy: withCopy = true }: { copy?: boolean } = {}): string {
  const html = new Cite([toCsl(item)]).format('bibliography', {
    template: STYLE,
    lang: 'en-US',
    format: 'html',
  });
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
  let entry = finishTitle(clean(inner), item);
  const { nodate, copy } = item as CslItem & SiteFields;
  if (nodate && item.accessed && !entry.includes('n.d.')) entry = entry.replace(/(^|\s)Accessed /, '$1n.d. Accessed ');
  if (copy && withCopy) entry = `${entry} Read at: ${escapeHtml(copy.name)}, ${escapeHtml(copy.URL)}.`;
  return entry;
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

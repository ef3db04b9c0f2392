/** The text of one note: its citations formatted from the sources data, each linked to the full reference. */
import { formatShortNote, joinNoteParts, type CslItem } from '../sources/model';
import { escapeHtml } from '../../shared/html';
import type { CiteRef, NoteQuote } from './notes';
import { anchorForLocator } from '../report/model';
import { markKazakh } from '../../shared/kazakh';
import { joinBase } from '../../shared/url';

/** A note's quotation as HTML: the source's words in <q> with their language, then the English in brackets. */
export function quoteHtml(quote: NoteQuote): string {
  const original = quote.lang
    ? `<q lang="${escapeHtml(quote.lang)}">${escapeHtml(quote.text)}</q>`
    : `<q>${escapeHtml(quote.text)}</q>`;
  const trLang = quote.trLang ? ` lang="${escapeHtml(quote.trLang)}"` : '';
  return quote.tr ? `${original} [<q${trLang}>${escapeHtml(quote.tr)}</q>]` : original;
}

/** The key of the primary report in the sources data; its locators link to the primary-source page. */
export const REPORT_KEY = 'report';

/**
 * Formats the citations of a note as HTML. Report citations link to the cited paragraph of the
 * primary-source page; others to the full reference in the page's own "Sources" list (#src-key).
 * Every key must be in `sources` (callers check first, to name the file in their error).
 */
export function citationsHtml(refs: CiteRef[], sources: ReadonlyMap<string, CslItem>, base: string): string {
  if (refs.length === 0) return '';
  const parts = refs.map((ref) => {
    const short = formatShortNote(sources.get(ref.key)!, ref);
    const anchor = ref.key === REPORT_KEY && ref.locator ? anchorForLocator(ref.locator) : undefined;
    const href = anchor ? joinBase(base, `primary-source/#${anchor}`) : `#src-${ref.key}`;
    const link = `<a href="${href}">${short}</a>`;
    // Kazakh words in a quote are marked lang="kk" (titles are, by formatShortNote): one font for every letter.
    return ref.quote ? `${link}: ${markKazakh(quoteHtml(ref.quote))}` : link;
  });
  return joinNoteParts(parts);
}

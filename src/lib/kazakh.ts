/** Kazakh text found in text that is not marked up by hand (titles of works, notes on sources), marked lang="kk". */

/** The letters of Kazakh's alphabet beyond Russian's: a run of Cyrillic with one of them is Kazakh. */
export const KAZAKH_ONLY = /[ӘәҒғҚқҢңӨөҰұҮүҺһ]/u;

/** A run of Cyrillic words with the spaces and punctuation between them (a title: «Азат» қозғалысының мұраты). */
const CYRILLIC_RUN = /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\p{Zs}\p{Pd},.:;!?«»0-9-]*\p{Script=Cyrillic})?[»]?/gu;

/**
 * Wraps each run of Cyrillic text that has a Kazakh letter in <span lang="kk">, in the text of an HTML fragment
 * (never inside a tag), so that it is set in a font with every Kazakh letter and read as Kazakh.
 */
export function markKazakh(html: string): string {
  if (!KAZAKH_ONLY.test(html)) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(CYRILLIC_RUN, (run) => (KAZAKH_ONLY.test(run) ? `<span lang="kk">${run}</span>` : run))))
    .join('');
}


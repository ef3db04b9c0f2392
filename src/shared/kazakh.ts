/** Kazakh text found in text that is not marked up by hand (titles of works, notes on sources), marked lang="kk". */

/** The letters of Kazakh's alphabet beyond Russian's: a run of Cyrillic with one of them is Kazakh. */
export const KAZAKH_ONLY = /[ӘәҒғҚқҢңӨөҰұҮүҺһ]/u;

/** A run of Cyrillic words with the spaces and punctuation between them (a title: «Азат» қозғалысының мұраты). */
const CYRILLIC_RUN = /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\p{Zs}\p{Pd},.:;!?«»0-9-]*\p{Script=Cyrillic})?[»]?/gu;

/** A word of Cyrillic letters (with inner hyphens and apostrophes). */
const CYRILLIC_WORD = /\p{Script=Cyrillic}+(?:[-’']\p{Script=Cyrillic}+)*/gu;
const VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/**
 * Wraps Kazakh text in <span lang="kk">, in the text of an HTML fragment (never inside a tag), so that it is set
 * in a font with every Kazakh letter and read as Kazakh: each run of Cyrillic with a Kazakh letter (a title), or,
 * inside an element marked as Russian, only the words with one (a Kazakh name quoted in Russian).
 */
export function markKazakh(html: string): string {
  if (!KAZAKH_ONLY.test(html)) return html;
  const langs: (string | undefined)[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('</')) langs.pop();
      else if (part.startsWith('<') && !VOID.test(part) && !part.endsWith('/>'))
        langs.push(/\slang="([^"]*)"/.exec(part)?.[1] ?? langs.at(-1));
      if (part.startsWith('<')) return part;
      const pattern = langs.at(-1)?.startsWith('ru') ? CYRILLIC_WORD : CYRILLIC_RUN;
      return part.replace(pattern, (run) => (KAZAKH_ONLY.test(run) ? `<span lang="kk">${run}</span>` : run));
    })
    .join('');
}

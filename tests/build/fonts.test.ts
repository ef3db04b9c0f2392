// Kazakh text is marked lang="kk" wherever the site prints it, so that it is set in a font with every Kazakh
// letter (src/styles/fonts.css); a Kazakh letter outside such an element could be drawn in another font mid-word.
// Latin and Russian text is set in the reader's own fonts (CONTRIBUTING.md, "Fonts"). Other scripts (the Arabic-script
// spellings of Kazakh names) are left to the reader's system fonts on purpose.
import { expect, inject, test } from 'vitest';
import { parseUnicodeRange } from '../../src/build/unicode-range';
import { readFontFaces } from '../support/font-faces';
import { readPages } from '../../src/build/read-pages';

/** The letters of Kazakh's alphabet beyond Russian's (І і are Ukrainian's too, and are left out here). */
const KAZAKH_ONLY = /[ӘәҒғҚқҢңӨөҰұҮүҺһ]/u;

test('every Kazakh letter beyond Russian’s alphabet on any page is inside an element marked lang="kk"', () => {
  const unmarked = new Map<string, string>();
  for (const { url, $ } of readPages(inject('distDir'))) {
    $('script, style, [lang|="kk"]').remove();
    // Search-only copies of the names (SearchNames) are never drawn.
    $('[hidden], .sr-only').remove();
    $('body *')
      .contents()
      .each((_, node) => {
        if (node.type !== 'text' || !KAZAKH_ONLY.test(node.data)) return;
        unmarked.set(node.data.trim().slice(0, 60), url);
      });
  }
  expect(Object.fromEntries(unmarked), 'mark Kazakh text <span lang="kk">…</span>').toEqual({});
});

test('each Kazakh font family covers every Cyrillic character of the Kazakh text on every page', () => {
  const families = new Map<string, Set<number>>();
  for (const { family, range } of readFontFaces()) {
    const points = families.get(family) ?? new Set<number>();
    for (const point of parseUnicodeRange(range)) points.add(point);
    families.set(family, points);
  }
  const missing = new Map<string, string>();
  let seen = 0;
  for (const { url, $ } of readPages(inject('distDir'))) {
    for (const char of new Set($('[lang|="kk"]').text())) {
      if (!/\p{Script=Cyrillic}/u.test(char)) continue;
      seen++;
      for (const [family, points] of families) {
        if (!points.has(char.codePointAt(0)!))
          missing.set(`${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) in ${family}`, url);
      }
    }
  }
  expect(families.size).toBe(2);
  expect(seen).toBeGreaterThan(0);
  expect(Object.fromEntries(missing), 'add these to PARTS in src/build/fonts.ts and run `npm run fonts`').toEqual({});
});

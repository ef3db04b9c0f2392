// Every Latin or Cyrillic letter the site prints is in the web fonts' subsets (src/styles/fonts.css, written by
// `npm run fonts`). A letter outside them would be drawn in another font in the middle of a name. Other
// scripts (the Arabic-script spellings of Kazakh names) are left to the reader's system fonts on purpose.
import { expect, inject, test } from 'vitest';
import { parseUnicodeRange } from '../../src/lib/unicode-range';
import { readFontFaces } from '../support/font-faces';
import { readPages } from '../support/html';

const families = new Map<string, Set<number>>();
for (const { family, range } of readFontFaces()) {
  const points = families.get(family) ?? new Set<number>();
  for (const point of parseUnicodeRange(range)) points.add(point);
  families.set(family, points);
}

test('each family covers every Latin and Cyrillic character on every page', () => {
  const missing = new Map<string, string>();
  for (const { url, $ } of readPages(inject('distDir'))) {
    $('script, style').remove();
    for (const char of new Set($('body').text())) {
      if (!/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(char)) continue;
      for (const [family, points] of families) {
        if (!points.has(char.codePointAt(0)!)) missing.set(`${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) in ${family}`, url);
      }
    }
  }
  expect(families.size).toBe(2);
  expect(Object.fromEntries(missing), 'add these to SUBSETS in scripts/fonts.ts and run `npm run fonts`').toEqual({});
});

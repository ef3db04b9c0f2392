// The committed fonts and their @font-face rules (both written by `npm run fonts`) agree: a rule never
// promises a character its file lacks (the browser would fetch the file and still fall back), nor a weight.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fontCoverage } from '../../scripts/font-coverage';
import { formatUnicodeRange, parseUnicodeRange } from '../../src/lib/unicode-range';
import { readFontFaces } from '../support/font-faces';

const rules = readFontFaces();

test('there is a rule for each family and subset, the Latin one first', () => {
  expect(rules.map((r) => `${r.family} ${r.file}`)).toEqual([
    '"Noto Serif Variable" noto-serif-latin.woff2',
    '"Noto Serif Variable" noto-serif-latin-ext.woff2',
    '"Noto Serif Variable" noto-serif-cyrillic.woff2',
    '"Noto Serif Variable" noto-serif-kazakh.woff2',
    '"Noto Sans Variable" noto-sans-latin.woff2',
    '"Noto Sans Variable" noto-sans-latin-ext.woff2',
    '"Noto Sans Variable" noto-sans-cyrillic.woff2',
    '"Noto Sans Variable" noto-sans-kazakh.woff2',
  ]);
});

test.each(rules.map((r) => [r.file, r] as const))('%s holds exactly the characters and weights its rule declares', async (_, rule) => {
  const { points, axes } = await fontCoverage(readFileSync(`src/fonts/${rule.file}`));
  expect(formatUnicodeRange(points)).toBe(formatUnicodeRange(parseUnicodeRange(rule.range)));
  expect(`${axes['wght']?.min} ${axes['wght']?.max}`).toBe(rule.weight);
});

test('every Kazakh letter is in some subset of each family', () => {
  const kazakh = [...'ӘәҒғҚқҢңӨөҰұҮүҺһІі'].map((c) => c.codePointAt(0)!);
  for (const family of new Set(rules.map((r) => r.family))) {
    const covered = new Set(rules.filter((r) => r.family === family).flatMap((r) => [...parseUnicodeRange(r.range)]));
    expect(kazakh.filter((p) => !covered.has(p)).map((p) => String.fromCodePoint(p)), family).toEqual([]);
  }
});

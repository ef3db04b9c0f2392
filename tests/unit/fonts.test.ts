// The committed fonts and their @font-face rules (both written by `npm run fonts`) agree: a rule never promises a
// character its file lacks (the browser would fetch the file and still fall back), and every installed font a rule
// names instead (local()) has every character of its range too, so Kazakh is never drawn from two fonts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fontCoverage } from '../../src/build/font-coverage';
import { formatUnicodeRange, parseUnicodeRange } from '../../src/build/unicode-range';
import { readFontFaces } from '../support/font-faces';

const rules = readFontFaces();
const KAZAKH = [...'ӘәҒғҚқҢңӨөҰұҮүҺһІі'];

test('there is a rule for each family and part, and only for Kazakh text (Cyrillic and the Kazakh letters)', () => {
  expect(rules.map((r) => `${r.family} ${r.file}`)).toEqual([
    '"Kazakh Serif" noto-serif-cyrillic.woff2',
    '"Kazakh Serif" noto-serif-kazakh.woff2',
    '"Kazakh Sans" noto-sans-cyrillic.woff2',
    '"Kazakh Sans" noto-sans-kazakh.woff2',
  ]);
  for (const rule of rules)
    expect(
      [...parseUnicodeRange(rule.range)].every((p) => (p >= 0x400 && p <= 0x4ff) || p === 0x301),
      rule.file,
    ).toBe(true);
});

test.each(rules.map((r) => [r.file, r] as const))(
  '%s holds exactly the characters its rule declares, at the one weight it declares',
  async (_, rule) => {
    const { points, axes } = await fontCoverage(readFileSync(`src/fonts/${rule.file}`));
    expect(formatUnicodeRange(points)).toBe(formatUnicodeRange(parseUnicodeRange(rule.range)));
    expect(rule.weight).toBe('400');
    expect(axes['wght'], 'a static instance: no weight axis left').toBeUndefined();
  },
);

test('every Kazakh letter is in some part of each family', () => {
  for (const family of new Set(rules.map((r) => r.family))) {
    const covered = new Set(rules.filter((r) => r.family === family).flatMap((r) => [...parseUnicodeRange(r.range)]));
    expect(
      KAZAKH.filter((c) => !covered.has(c.codePointAt(0)!)),
      family,
    ).toEqual([]);
  }
});

test('each installed font a rule names (local()) has every character of the rule’s range (checked with fontconfig)', () => {
  const fc = (pattern: string) => execFileSync('fc-list', [pattern, 'family'], { encoding: 'utf8' }).trim();
  let installed = 0;
  for (const rule of rules) {
    const charset = [...parseUnicodeRange(rule.range)].map((p) => p.toString(16)).join(' ');
    for (const name of rule.local) {
      const pattern = /-/.test(name) ? `:postscriptname=${name}` : `:fullname=${name}`;
      if (!fc(pattern)) continue;
      installed++;
      expect(fc(`${pattern}:charset=${charset}`), `${name} (${rule.file})`).not.toBe('');
    }
  }
  // This machine has some of them (Debian's Chromium brings DejaVu), so the check above checked something.
  expect(installed).toBeGreaterThan(0);
});

// The languages' model: string tables complete, plurals and dates as each language writes them, the path helpers.
import { describe, expect, test } from 'vitest';
import {
  flattenTable,
  formatDate,
  freshness,
  langOfPath,
  latinRuns,
  localePath,
  LANGS,
  pluralCategories,
  tableProblems,
  translate,
  unlocalisedPath,
  type Lang,
  type StringTable,
} from '../../src/features/i18n/model';
import { loadTables } from '../../src/features/i18n/load';
import { tableFindings } from '../../src/checks/i18n';
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const tables = (en: object, kk: object, ru: object): Record<Lang, StringTable> => ({
  en: flattenTable(en),
  kk: flattenTable(kk),
  ru: flattenTable(ru),
});

describe('the string tables', () => {
  test('the site’s kk and ru tables have every English key and no other, with every plural category', () => {
    const real = loadTables(path.resolve('content/i18n'));
    expect(real.en.size).toBeGreaterThan(50);
    for (const lang of LANGS) expect(tableProblems(lang, real[lang], real.en), lang).toEqual([]);
    expect(tableFindings(path.resolve('content/i18n'))).toEqual([]);
  });
  test('a missing key, an extra key and a missing plural category are each named', () => {
    const en = flattenTable({ a: { b: 'B' }, n: { one: '{count} entry', other: '{count} entries' } });
    const ru = flattenTable({ a: { c: 'C' }, n: { one: '{count} статья', few: '{count} статьи', other: '{count}' } });
    expect(tableProblems('ru', ru, en)).toEqual([
      { lang: 'ru', key: 'a.b', message: 'missing: every English key needs a translation' },
      { lang: 'ru', key: 'n', message: 'plural category "many" missing (ru needs one, few, many, other)' },
      { lang: 'ru', key: 'a.c', message: 'not in the English table (a key English does not have)' },
    ]);
  });
  test('a placeholder English does not have is refused', () => {
    const problems = tableProblems('kk', flattenTable({ a: '{nam}' }), flattenTable({ a: '{name}' }));
    expect(problems.map((p) => p.message)).toEqual(['{nam} is not a placeholder of the English text ({name})']);
  });
  test('the content rule names the file, the line and the key', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kz-i18n-'));
    writeFileSync(path.join(dir, 'en.yaml'), 'a:\n  b: "B"\n  c: "C"\n');
    writeFileSync(path.join(dir, 'kk.yaml'), 'a:\n  b: "Б"\n  c: "Ц"\n');
    writeFileSync(path.join(dir, 'ru.yaml'), 'a:\n  b: "Б"\n  d: "Д"\n');
    const found = tableFindings(dir).map((p) => `${path.basename(p.file)}:${p.line ?? ''}: ${p.message}`);
    expect(found).toEqual([
      'ru.yaml:: "a.c": missing: every English key needs a translation',
      'ru.yaml:3: "a.d": not in the English table (a key English does not have)',
    ]);
  });
});

describe('translate()', () => {
  const all = tables(
    { n: { one: '{count} entry', other: '{count} entries' }, hi: 'Hello {name}' },
    { n: { one: '{count} мақала', other: '{count} мақала' }, hi: 'Сәлем {name}' },
    {
      n: { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' },
      hi: 'Привет {name}',
    },
  );
  test('Russian takes one, few and many by the number', () => {
    expect([1, 2, 5, 21, 22, 25, 11, 1.5].map((count) => translate(all, 'ru', 'n', { count }))).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '21 статья',
      '22 статьи',
      '25 статей',
      '11 статей',
      '1,5 статьи',
    ]);
  });
  test('Kazakh and English have one and other', () => {
    expect(pluralCategories('kk')).toEqual(['one', 'other']);
    expect(translate(all, 'kk', 'n', { count: 3 })).toBe('3 мақала');
    expect(translate(all, 'en', 'n', { count: 1 })).toBe('1 entry');
    expect(translate(all, 'en', 'n', { count: 2401 })).toBe('2,401 entries');
    // Russian groups thousands with a no-break space, as Intl writes it.
    expect(translate(all, 'ru', 'n', { count: 30000 })).toMatch(/^30\u00a0000 статей$/);
  });
  test('fills placeholders and refuses an unknown key', () => {
    expect(translate(all, 'kk', 'hi', { name: 'Алаш' })).toBe('Сәлем Алаш');
    expect(() => translate(all, 'kk', 'nope')).toThrow(/No interface string "nope" in kk/);
  });
});

describe('formatDate()', () => {
  test('Kazakh writes the year first, as Node’s ICU gives it', () => {
    expect(formatDate('kk', '1986-12-17')).toBe('1986 ж. 17 желтоқсан');
    expect(formatDate('kk', '1989-07')).toBe('1989 ж. шілде');
    expect(formatDate('kk', '1991')).toBe('1991');
  });
  test('Russian puts the month in the genitive after a day', () => {
    expect(formatDate('ru', '1986-12-17')).toBe('17 декабря 1986 г.');
    expect(formatDate('ru', '1990-09')).toBe('сентябрь 1990 г.');
  });
  test('English keeps the site’s own form', () => {
    expect(formatDate('en', '1986-12-17')).toBe('17 December 1986');
    expect(formatDate('en', '1990-09')).toBe('September 1990');
  });
});

describe('localePath() and langOfPath()', () => {
  test('English stays at today’s URLs, the others go under their code', () => {
    expect(localePath('en', 'movements/lad/')).toBe('movements/lad/');
    expect(localePath('kk', 'movements/lad/')).toBe('kk/movements/lad/');
    expect(localePath('ru', '')).toBe('ru/');
    expect(localePath('ru', '/context/')).toBe('ru/context/');
  });
  test('reads the language from the first segment after the base', () => {
    expect(langOfPath('/kk/movements/lad/')).toBe('kk');
    expect(langOfPath('/ru/')).toBe('ru');
    expect(langOfPath('/movements/lad/')).toBe('en');
    expect(langOfPath('/site/kk/context/', '/site/')).toBe('kk');
    expect(langOfPath('/kkk/')).toBe('en');
    expect(langOfPath('/en/')).toBe('en');
  });
  test('unlocalisedPath() undoes localePath()', () => {
    for (const lang of LANGS) expect(unlocalisedPath(localePath(lang, 'context/x/'))).toBe('context/x/');
  });
});

describe('freshness()', () => {
  const revisions = [
    { hash: 'c'.repeat(40), date: '2026-12-07' },
    { hash: 'b'.repeat(40), date: '2026-11-28' },
    { hash: 'a'.repeat(40), date: '2026-11-23' },
  ];
  test('a translation of the latest revision is current', () => {
    expect(freshness('c'.repeat(40), revisions)).toEqual({ state: 'current' });
  });
  test('a translation of an older revision is stale, with the revisions since', () => {
    expect(freshness('a'.repeat(40), revisions)).toEqual({ state: 'stale', since: revisions.slice(0, 2) });
  });
  test('without history, or from a commit not in it, freshness is unknown', () => {
    expect(freshness('a'.repeat(40), [])).toEqual({ state: 'unknown' });
    expect(freshness('d'.repeat(40), revisions)).toEqual({ state: 'unknown' });
  });
});

describe('latinRuns()', () => {
  test('finds an English sentence in Russian text, not a Latin name', () => {
    expect(latinRuns('Движение Zheltoqsan возникло в 1989 году.')).toEqual([]);
    expect(latinRuns('Движение возникло. The movement was formed in 1989.')).toEqual(['The movement was formed in']);
  });
});

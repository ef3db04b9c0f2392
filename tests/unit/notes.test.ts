import { describe, expect, test } from 'vitest';
import {
  attachQuote,
  backlinkLabel,
  citeRefs,
  MAX_QUOTE_WORDS,
  numberNotes,
  parseCites,
} from '../../src/features/notes/notes';

describe('parseCites()', () => {
  test('reads keys with and without locators', () => {
    expect(parseCites('babak-2005, p. 80; helsinki-watch-1990')).toEqual([
      { key: 'babak-2005', locator: 'p. 80' },
      { key: 'helsinki-watch-1990' },
    ]);
  });
  test('loc is the locator of a single cite', () => {
    expect(parseCites('report', 'excerpt A, ¶3')).toEqual([{ key: 'report', locator: 'excerpt A, ¶3' }]);
  });
  test('loc with several cites is an error', () => {
    expect(() => parseCites('a; b', 'p. 1')).toThrow('exactly one key');
  });
});

describe('numberNotes()', () => {
  test('numbers notes in document order', () => {
    const { notes } = numberNotes([{ cites: [{ key: 'a' }] }, { cites: [{ key: 'b' }] }, { cites: [{ key: 'c' }] }]);
    expect(notes.map((n) => [n.n, n.cites[0]!.key])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });
  test('a reused note keeps one number and lists one back-link per use', () => {
    const same = { cites: [{ key: 'a', locator: 'p. 1' }] };
    const { notes, uses } = numberNotes([same, { cites: [{ key: 'b' }] }, same, same]);
    expect(notes).toHaveLength(2);
    expect(uses.map((u) => u.n)).toEqual([1, 2, 1, 1]);
    expect(notes[0]!.refs).toEqual(['ref-1', 'ref-1-b', 'ref-1-c']);
    expect(uses.map((u) => u.ref)).toEqual(['ref-1', 'ref-2', 'ref-1-b', 'ref-1-c']);
  });
  test('a different locator or commentary makes a different note', () => {
    const { notes } = numberNotes([
      { cites: [{ key: 'a', locator: 'p. 1' }] },
      { cites: [{ key: 'a', locator: 'p. 2' }] },
      { cites: [{ key: 'a', locator: 'p. 1' }], text: 'The figure is disputed.' },
    ]);
    expect(notes.map((n) => n.n)).toEqual([1, 2, 3]);
  });
});

describe('backlinkLabel()', () => {
  test('counts a, b, … z, aa', () => {
    expect([0, 1, 25, 26, 27].map(backlinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});

describe('attachQuote()', () => {
  const one = [{ key: 'zonakz-2001' }];
  test('puts the source’s words, their language and translation on the one work cited', () => {
    expect(
      attachQuote(one, { quote: '24 сентября 1992 года', lang: 'ru', tr: '24 September 1992', disputed: 'true' }),
    ).toEqual([
      {
        key: 'zonakz-2001',
        quote: { text: '24 сентября 1992 года', lang: 'ru', tr: '24 September 1992' },
        disputed: true,
      },
    ]);
  });
  test('an English quote needs no translation and keeps no language', () => {
    expect(attachQuote(one, { quote: 'formed in April 1992', lang: 'en' })[0]!.quote).toEqual({
      text: 'formed in April 1992',
    });
  });
  test('refuses what cannot be checked: a disputed point without a quote, a foreign quote without translation', () => {
    expect(() => attachQuote(one, { disputed: 'true' })).toThrow('disputed point needs the source’s words');
    expect(() => attachQuote(one, { quote: 'в 1990 году', lang: 'ru' })).toThrow('needs its English translation');
    expect(() => attachQuote(one, { lang: 'ru' })).toThrow('belong to a quote');
    expect(() => attachQuote(one, { quote: 'x', tr: 'y' })).toThrow('add lang');
  });
  test('a quote belongs to exactly one work and stays short', () => {
    expect(() => attachQuote([{ key: 'a' }, { key: 'b' }], { quote: 'x' })).toThrow('exactly one work');
    expect(() =>
      attachQuote(one, {
        quote: Array(MAX_QUOTE_WORDS + 1)
          .fill('word')
          .join(' '),
      }),
    ).toThrow('words');
  });
});

describe('citeRefs()', () => {
  test('reads a cite field of YAML data as a string or as works with their quotes', () => {
    expect(citeRefs('babak-2005, p. 80; report')).toEqual([{ key: 'babak-2005', locator: 'p. 80' }, { key: 'report' }]);
    expect(
      citeRefs([
        { key: 'zonakz-2001', quote: '24 сентября 1992 года', lang: 'ru', tr: 'on 24 September 1992', disputed: true },
        { key: 'report', loc: 'excerpt A, ¶4a' },
      ]),
    ).toEqual([
      {
        key: 'zonakz-2001',
        quote: { text: '24 сентября 1992 года', lang: 'ru', tr: 'on 24 September 1992' },
        disputed: true,
      },
      { key: 'report', locator: 'excerpt A, ¶4a' },
    ]);
  });
  test('a disputed fact in YAML data without its quote is refused', () => {
    expect(() => citeRefs([{ key: 'zonakz-2001', disputed: true }])).toThrow('needs the source’s words');
  });
});

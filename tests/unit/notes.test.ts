import { describe, expect, test } from 'vitest';
import { backlinkLabel, numberNotes, parseCites } from '../../src/lib/notes';

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
    expect(notes.map((n) => [n.n, n.cites[0]!.key])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
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

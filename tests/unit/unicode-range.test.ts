import { expect, test } from 'vitest';
import { formatUnicodeRange, parseUnicodeRange } from '../../src/build/unicode-range';

test('parseUnicodeRange() expands ranges and single points', () => {
  expect([...parseUnicodeRange('U+0041-0043, U+04D9')]).toEqual([0x41, 0x42, 0x43, 0x4d9]);
});

test('parseUnicodeRange() rejects wildcards, backwards ranges and junk, naming the item', () => {
  expect(() => parseUnicodeRange('U+04??')).toThrow('"U+04??"');
  expect(() => parseUnicodeRange('U+0043-0041')).toThrow('backwards');
});

test('formatUnicodeRange() sorts, removes repeats and joins runs', () => {
  expect(formatUnicodeRange([0x4d9, 0x42, 0x41, 0x43, 0x41, 0x1f600])).toBe('U+0041-0043,U+04D9,U+1F600');
  expect(formatUnicodeRange([])).toBe('');
});

test('the two round-trip', () => {
  const range = 'U+0020-007E,U+00A0-00FF,U+0131,U+2000-206F';
  expect(formatUnicodeRange(parseUnicodeRange(range))).toBe(range);
});

import { describe, expect, test } from 'vitest';
import { kindsInWords } from '../../src/features/entry/kinds';
import { listInWords, spelledNumber } from '../../src/shared/words';

describe('spelledNumber()', () => {
  test('writes whole numbers to ninety-nine in words and larger ones in figures', () => {
    expect([0, 5, 9, 15, 20, 21, 99, 100].map(spelledNumber)).toEqual([
      'zero',
      'five',
      'nine',
      'fifteen',
      'twenty',
      'twenty-one',
      'ninety-nine',
      '100',
    ]);
  });
});

describe('kindsInWords()', () => {
  test('counts the entries of each kind, in the order of the kinds, one or many', () => {
    expect(kindsInWords(['party', 'movement', 'movement', 'party', 'movement'])).toBe(
      'three movements and two parties',
    );
    expect(kindsInWords(['cossack-host', 'movement', 'trade-union'])).toBe(
      'one movement, one trade union and one Cossack host',
    );
    expect(listInWords(['a'])).toBe('a');
  });
});

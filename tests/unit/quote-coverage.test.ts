import { describe, expect, test } from 'vitest';
import { needsQuote, quoteCoverage } from '../../src/features/notes/quote-coverage';

describe('quoteCoverage()', () => {
  test('counts each note once, and only notes whose claim states a date or a number', () => {
    const claims = [
      { n: 1, claim: 'Founded in 1990' },
      { n: 2, claim: 'It was small' },
      { n: 1, claim: 'again in 1990' },
      { n: 3, claim: 'with 40 members' },
    ];
    expect(quoteCoverage(claims, new Set([1]))).toEqual({ needing: 2, quoted: 1, missing: [3] });
  });
  test('a claim with no digit needs no quote', () => {
    expect(needsQuote('Lad took Unity’s place')).toBe(false);
    expect(needsQuote('on 24 September')).toBe(true);
  });
});

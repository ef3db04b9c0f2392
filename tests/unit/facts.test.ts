import { describe, expect, test } from 'vitest';
import { infoboxCites } from '../../src/lib/facts';

describe('infoboxCites()', () => {
  test('gives the founding date’s cite, the other dates’, the end date’s, then each leader’s, in that order', () => {
    expect(
      infoboxCites({
        leaders: [{ person: 'x', role: 'chair', cite: 'd' }, { person: 'y', role: 'deputy', cite: [{ key: 'e', loc: 'p. 2', quote: 'q' }] }],
        ended: { date: '1995', cite: 'c' },
        founded: { date: '1990', cite: 'a; b', otherDates: [{ date: '1991', cite: 'b, p. 4' }] },
        title: 'T',
      }),
    ).toEqual(['a; b', 'b, p. 4', 'c', 'd', [{ key: 'e', loc: 'p. 2', quote: 'q' }]]);
  });
  test('a context entry, or fields of the wrong shape, give none', () => {
    expect(infoboxCites({ title: 'T', date: { start: '1986' } })).toEqual([]);
    expect(infoboxCites({ founded: '1990', leaders: 'x', ended: { cite: 3 } })).toEqual([]);
  });
});

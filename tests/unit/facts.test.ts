import { describe, expect, test } from 'vitest';
import { infoboxCites, timelineCites } from '../../src/features/notes/facts';

describe('infoboxCites()', () => {
  test('gives the founding date’s cite, the other dates’, the end date’s, then each leader’s, in that order', () => {
    expect(
      infoboxCites({
        leaders: [
          { person: 'x', role: 'chair', cite: 'd' },
          { person: 'y', role: 'deputy', cite: [{ key: 'e', loc: 'p. 2', quote: 'q' }] },
        ],
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

describe('timelineCites()', () => {
  test('gives one cite per event in the timeline’s date order, with the founding and end dates no event has', () => {
    expect(
      timelineCites({
        events: [
          { date: '1991-08', label: 'Later', cite: 'b' },
          { date: '1990-02-01', label: 'Earlier', cite: [{ key: 'a', quote: 'q' }] },
          { date: '1992-03', label: 'In the year of the end', cite: 'c' },
        ],
        founded: { date: '1989', cite: 'f' },
        ended: { date: '1992', cite: 'e' },
      }),
    ).toEqual(['f', [{ key: 'a', quote: 'q' }], 'b', 'e', 'c']);
  });
  test('a founding date an event already has gives no second cite', () => {
    expect(
      timelineCites({
        events: [{ date: '1989-02-28', label: 'Founded', cite: 'a' }],
        founded: { date: '1989-02-28', cite: 'b' },
      }),
    ).toEqual(['a']);
  });
  test('a context entry gives its events’; fields of the wrong shape give none', () => {
    expect(timelineCites({ date: { start: '1986' }, events: [{ date: '1986-12-17', label: 'x', cite: 'a' }] })).toEqual(
      ['a'],
    );
    expect(timelineCites({ events: 'x', founded: { date: 1990, cite: 'a' }, ended: { date: '1991' } })).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { layoutTimelineChart, yearAt } from '../../src/features/timeline/timeline-chart';

describe('yearAt()', () => {
  test('a partial date starts where its period starts and ends where it ends', () => {
    expect(yearAt('1990', 'start')).toBe(1990);
    expect(yearAt('1990', 'end')).toBe(1991);
    expect(yearAt('1990-07', 'start')).toBeCloseTo(1990 + 181 / 365, 5);
    expect(yearAt('1990-12', 'end')).toBe(1991);
    expect(yearAt('1990-01-01', 'end')).toBeCloseTo(1990 + 1 / 365, 5);
  });
});

describe('layoutTimelineChart()', () => {
  const at = { from: 1986, to: 1996, width: 1172, left: 160 }; // 100 units a year (12 kept on the right)
  const lane = (founded: string[], ended?: string) => ({
    id: 'x',
    title: 'X',
    href: '/x/',
    founded,
    ended,
    events: [],
  });
  test('places years along the width, after the lanes’ titles', () => {
    const { ticks } = layoutTimelineChart([], [], at);
    expect(ticks.map((t) => [t.year, t.x])).toEqual(Array.from({ length: 11 }, (_, i) => [1986 + i, 160 + 100 * i]));
  });
  test('a movement runs from its founding to its end; without an end it runs off the chart', () => {
    const [ended] = layoutTimelineChart([lane(['1990-01'], '1993-12')], [], at).lanes;
    expect(ended!.solid).toEqual({ x1: 560, x2: 960 });
    expect(ended!.open).toBe(false);
    expect(ended!.uncertain).toBeUndefined();
    const [open] = layoutTimelineChart([lane(['1990-01'])], [], at).lanes;
    expect(open!.solid.x2).toBe(1160);
    expect(open!.open).toBe(true);
  });
  test('disputed founding dates are a hatched span from the earliest to the latest the sources give', () => {
    const [l] = layoutTimelineChart([lane(['1992-01', '1990-01'])], [], at).lanes;
    expect(l!.uncertain!.x1).toBe(560);
    expect(l!.uncertain!.x2).toBeCloseTo(768.5, 0);
    expect(l!.solid.x1).toBe(l!.uncertain!.x2);
  });
  test('a founding date known only to the year is uncertain across that year', () => {
    const [l] = layoutTimelineChart([lane(['1990'])], [], at).lanes;
    expect(l!.uncertain).toEqual({ x1: 560, x2: 660 });
  });
  test('lanes stack in the order given; events outside the years are left out', () => {
    const { lanes } = layoutTimelineChart(
      [
        {
          ...lane(['1990']),
          id: 'a',
          events: [
            { date: '1917', label: 'Old', href: '/a/' },
            { date: '1991-07', label: 'New', href: '/a/' },
          ],
        },
        { ...lane(['1990']), id: 'b' },
      ],
      [],
      at,
    );
    expect(lanes.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lanes[1]!.y - lanes[0]!.y).toBe(34);
    expect(lanes[0]!.marks.map((m) => m.label)).toEqual(['New']);
  });
  test('a context period is a band over its dates, at least 3 units wide; one outside the years is left out', () => {
    const { bands } = layoutTimelineChart(
      [],
      [
        { id: 'dec', title: 'December 1986', href: '/d/', start: '1986-12-16', end: '1986-12-18' },
        { id: 'old', title: 'Alash Orda', href: '/o/', start: '1917', end: '1920' },
        { id: 'el', title: 'Elections', href: '/e/', start: '1993-11', end: '1995-08-30' },
      ],
      at,
    );
    expect(bands.map((b) => b.id)).toEqual(['dec', 'el']);
    expect(bands[0]!.x2 - bands[0]!.x1).toBeGreaterThanOrEqual(3);
    expect(bands[1]!.x1).toBeCloseTo(160 + 100 * (7 + 304 / 365), 0);
  });
});

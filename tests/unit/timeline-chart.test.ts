import { describe, expect, test } from 'vitest';
import { blockHeight, overlaps, type Box } from '../../src/shared/label-placement';
import { ORIENTATION_LABELS } from '../../src/features/spectrum/orientations';
import { textWidth } from '../../src/shared/text-width';
import { breakTitle, layoutTimelineChart, yearAt, type ChartLayout } from '../../src/features/timeline/timeline-chart';
import { FIFTEEN_LANES } from '../support/chart-fixtures';

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
  const at = { from: 1986, to: 1996, width: 1172, left: 160, titles: 'none' as const }; // 100 units a year (12 kept on the right)
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

/** The boxes of every text the chart writes: headings, lane titles (each line) and years. */
function texts(chart: ChartLayout): { text: string; box: Box }[] {
  const { fontSize: size, lineHeight } = chart;
  const box = (text: string, x: number, baseline: number, anchor: 'start' | 'middle' | 'end') => {
    const w = textWidth(text, size);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { text, box: { x: left, y: baseline - 0.93 * size, width: w, height: blockHeight(1, size, lineHeight) } };
  };
  return [
    ...chart.headings.map((h) => box(h.label, h.x, h.y, 'start')),
    ...chart.lanes.flatMap((l) =>
      l.titleLines.map((t, i) => box(t, l.titleX, l.titleY + i * lineHeight, l.titleAnchor)),
    ),
    ...chart.years.map((y) => box(String(y.year), y.x, chart.height + 12, 'middle')),
  ];
}

describe('the chart with fifteen lanes in three groups', () => {
  const groups = Object.entries(ORIENTATION_LABELS).map(([id, label]) => ({ id, label }));
  const lanes = FIFTEEN_LANES.map((l) => ({ ...l, group: l.orientation }));
  const wide = layoutTimelineChart(lanes, [], { from: 1986, to: 1996, groups, left: 220 });
  const narrow = layoutTimelineChart(lanes, [], { from: 1986, to: 1996, groups, width: 360, titles: 'above' });
  test('draws each group under its heading, in the groups’ order, lanes in the order given within each', () => {
    for (const chart of [wide, narrow]) {
      // A group with no lane (the fixture has no interethnic entry) gets no heading.
      const used = groups.filter((g) => lanes.some((l) => l.group === g.id)).map((g) => g.label);
      expect(chart.headings.map((h) => h.label)).toEqual(used);
      for (const [i, h] of chart.headings.entries()) {
        const members = chart.lanes.filter((l) => lanes.find((x) => x.id === l.id)!.group === h.id);
        expect(members.map((l) => l.id)).toEqual(lanes.filter((l) => l.group === h.id).map((l) => l.id));
        const next = chart.headings[i + 1]?.y ?? Infinity;
        for (const l of members) {
          expect(l.y, l.id).toBeGreaterThan(h.ruleY);
          expect(l.y, l.id).toBeLessThan(next);
        }
      }
    }
  });
  test('leaves out the heading of a group with no lanes', () => {
    const two = layoutTimelineChart(lanes.slice(0, 5), [], { from: 1986, to: 1996, groups });
    expect(two.headings.map((h) => h.id)).toEqual(['kazakh-national']);
  });
  test.each([
    ['wide', wide],
    ['narrow', narrow],
  ] as const)('%s: no heading, title or year overlaps another, and every text stays in the picture', (_, chart) => {
    const all = texts(chart);
    const clash = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => overlaps(a.box, b.box))
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(clash).toEqual([]);
    for (const { text, box } of all) {
      expect(box.x, text).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, text).toBeLessThanOrEqual(chart.width);
    }
  });
  test('wide: titles end before the bars start, and a title too long for the room takes two lines', () => {
    for (const l of wide.lanes)
      for (const line of l.titleLines) expect(l.titleX - textWidth(line, 13), line).toBeGreaterThanOrEqual(0);
    const long = wide.lanes.find((l) => l.id === 'communist-party')!;
    expect(long.titleLines.length).toBe(2);
    expect(long.titleLines.join(' ')).toBe(long.title);
    expect(wide.lanes.every((l) => l.titleX < wide.left)).toBe(true);
  });
  test('narrow: each title stands above its own bar, and the years are written every other year', () => {
    for (const l of narrow.lanes) {
      const last = l.titleY + (l.titleLines.length - 1) * narrow.lineHeight;
      expect(last + 0.24 * 13, l.id).toBeLessThanOrEqual(l.y);
    }
    expect(narrow.years.map((y) => y.year)).toEqual([1986, 1988, 1990, 1992, 1994]);
    expect(wide.years).toHaveLength(10);
  });
  test('bars and marks of one lane lie clear of the next lane’s', () => {
    for (const chart of [wide, narrow])
      for (const [i, l] of chart.lanes.slice(1).entries())
        expect(l.y - (chart.lanes[i]!.y + chart.barHeight), l.id).toBeGreaterThanOrEqual(10);
  });
});

describe('breakTitle()', () => {
  test('breaks at spaces into lines no wider than asked, as measured', () => {
    const lines = breakTitle('Communist Party of Kazakhstan (refounded)', 180, 13);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(180);
  });
});

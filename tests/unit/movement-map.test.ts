import { describe, expect, test } from 'vitest';
import { segmentHitsBox } from '../../src/shared/label-placement';
import {
  exitPoint,
  layoutMovementMap,
  MAP,
  NARROW_SPECTRUM,
  wrapLabel,
  type MapMovement,
  type MapNode,
  type MovementMapLayout,
} from '../../src/features/spectrum/model';
import { textWidth } from '../../src/shared/text-width';
import { FIFTEEN_MOVEMENTS, FIFTEEN_RELATIONS } from '../support/chart-fixtures';

const movements: MapMovement[] = [
  { id: 'lad', title: 'Lad', orientation: 'russian-speaking', founded: '1992-09' },
  { id: 'unity', title: 'Unity', orientation: 'russian-speaking', founded: '1990' },
  { id: 'alash', title: 'Alash', orientation: 'kazakh-national', founded: '1990-04' },
  { id: 'zheltoqsan', title: 'Zheltoqsan', orientation: 'kazakh-national', founded: '1989' },
  {
    id: 'nevada',
    title: 'Nevada-Semipalatinsk',
    orientation: 'civic-environmental',
    founded: '1989-02',
    ended: '1995',
  },
];
const layout = layoutMovementMap(movements, [{ from: 'lad', type: 'successor-of', to: 'unity' }]);
const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
const overlaps = (a: MapNode, b: MapNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutMovementMap()', () => {
  test('puts Kazakh national movements left of Russian-speaking ones, each column in order of founding', () => {
    expect(node('zheltoqsan').x).toBe(node('alash').x);
    expect(node('alash').x + node('alash').width).toBeLessThan(node('unity').x);
    expect(node('zheltoqsan').y).toBeLessThan(node('alash').y);
    expect(node('unity').y).toBeLessThan(node('lad').y);
  });
  test('sets civic and environmental movements apart, below the band line', () => {
    expect(layout.band).toBeDefined();
    expect(node('nevada').y).toBeGreaterThan(layout.band!.y);
    for (const n of layout.nodes.filter((n) => n.orientation !== 'civic-environmental')) {
      expect(n.y + n.height).toBeLessThan(layout.band!.y);
    }
  });
  test('no two boxes overlap and every box lies inside the picture', () => {
    for (const a of layout.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b), `${a.id}/${b.id}`).toBe(false);
    }
  });
  test('draws a succession as an arrow from the predecessor to the successor, between the boxes', () => {
    expect(layout.edges).toHaveLength(1);
    const [edge] = layout.edges;
    expect(edge).toMatchObject({ from: 'unity', to: 'lad', directed: true });
    expect(edge!.y1).toBe(node('unity').y + MAP.nodeHeight);
    expect(edge!.y2).toBe(node('lad').y - MAP.arrowGap);
  });
  test('labels a movement with its years', () => {
    expect(node('nevada').years).toBe('1989–1995');
    expect(node('lad').years).toBe('founded 1992');
    expect(
      layoutMovementMap(
        [
          {
            id: 'alash',
            title: 'Alash',
            orientation: 'kazakh-national',
            founded: '1990-04',
            otherFounded: ['1992-04', '1990-04-14'],
          },
        ],
        [],
      ).nodes[0]!.years,
    ).toBe('founded 1990 or 1992');
  });
  test('leaves out the civic band when no movement belongs to it', () => {
    expect(layoutMovementMap(movements.slice(0, 2), []).band).toBeUndefined();
  });
  test('an undirected relation keeps its declared direction and touches both boxes', () => {
    const rival = layoutMovementMap(movements, [{ from: 'alash', type: 'rival-of', to: 'lad' }]).edges[0]!;
    expect(rival).toMatchObject({ from: 'alash', to: 'lad', directed: false });
    expect(rival.x1).toBe(node('alash').x + MAP.nodeWidth);
    expect(rival.x2).toBe(node('lad').x);
  });
});

describe('exitPoint()', () => {
  const box: MapNode = {
    id: 'a',
    title: 'A',
    lines: ['A'],
    years: '',
    yearsLines: [],
    orientation: 'kazakh-national',
    x: 0,
    y: 0,
    width: 100,
    height: 50,
  };
  test('leaves through the side the target lies beyond', () => {
    expect(exitPoint(box, 300, 25)).toEqual({ x: 100, y: 25 });
    expect(exitPoint(box, 50, 200)).toEqual({ x: 50, y: 50 });
    expect(exitPoint(box, 50, 200, 4)).toEqual({ x: 50, y: 54 });
  });
});

describe('long titles', () => {
  test('wrapLabel() breaks at spaces, then hyphens, and cuts only a word longer than a line', () => {
    expect(wrapLabel('Republican Slavic Movement Lad', 20)).toEqual(['Republican Slavic', 'Movement Lad']);
    expect(wrapLabel('Nevada-Semipalatinsk', 18)).toEqual(['Nevada-', 'Semipalatinsk']);
    expect(wrapLabel('Lad', 18)).toEqual(['Lad']);
    expect(wrapLabel('Abcdefghijklmnopqrstuvwxyz', 18)).toEqual(['Abcdefghijklmnopqr', 'stuvwxyz']);
  });
  test('a 30-character title wraps inside its box, which grows to hold it, and boxes still do not overlap', () => {
    const long = movements.map((m) => (m.id === 'lad' ? { ...m, title: 'Republican Slavic Movement Lad' } : m));
    const { nodes } = layoutMovementMap(long, []);
    const lad = nodes.find((n) => n.id === 'lad')!;
    expect(lad.lines.length).toBeGreaterThan(1);
    for (const line of lad.lines)
      expect(textWidth(line, MAP.titleSize, { bold: true })).toBeLessThanOrEqual(MAP.nodeWidth - 16);
    expect(lad.height).toBe(MAP.nodeHeight + (lad.lines.length - 1) * MAP.lineHeight);
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlaps(a, b), `${a.id} ${b.id}`).toBe(false);
  });
});

/** An edge's path data as straight segments (M, H and V commands only). */
function segments(d: string) {
  const out: { x1: number; y1: number; x2: number; y2: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MHV])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else {
      const [nx, ny] = cmd === 'H' ? [Number(a), y] : [x, Number(a)];
      out.push({ x1: x, y1: y, x2: nx, y2: ny });
      [x, y] = [nx, ny];
    }
  }
  return out;
}

describe('the spectrum with fifteen movements', () => {
  const layouts: [string, MovementMapLayout][] = [
    ['wide', layoutMovementMap(FIFTEEN_MOVEMENTS, FIFTEEN_RELATIONS)],
    ['narrow', layoutMovementMap(FIFTEEN_MOVEMENTS, FIFTEEN_RELATIONS, NARROW_SPECTRUM)],
  ];
  test.each(layouts)('%s: no two boxes overlap, and every box lies inside the picture', (_, layout) => {
    expect(layout.nodes).toHaveLength(15);
    for (const a of layout.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b), `${a.id}/${b.id}`).toBe(false);
    }
  });
  test.each(layouts)('%s: every title line, as measured, fits its box', (_, layout) => {
    for (const n of layout.nodes) {
      for (const line of n.lines)
        expect(textWidth(line, layout.shape.titleSize, { bold: true }), line).toBeLessThanOrEqual(n.width - 12);
      for (const line of n.yearsLines)
        expect(textWidth(line, layout.shape.yearsSize), line).toBeLessThanOrEqual(n.width - 8);
      expect(n.yearsLines.join(' ')).toBe(n.years);
    }
  });
  test.each(layouts)('%s: one line per relation, and no line crosses a box but its own two', (_, layout) => {
    expect(layout.edges).toHaveLength(FIFTEEN_RELATIONS.length);
    for (const e of layout.edges) {
      for (const s of segments(e.d))
        for (const n of layout.nodes.filter((n) => n.id !== e.from && n.id !== e.to)) {
          const inner = { x: n.x + 1, y: n.y + 1, width: n.width - 2, height: n.height - 2 };
          expect(segmentHitsBox(s, inner), `${e.from}→${e.to} crosses ${n.id}`).toBe(false);
        }
    }
  });
  test.each(layouts)('%s: lines along the gutter over the same stretch run in lanes apart', (_, layout) => {
    const runs = layout.edges.flatMap((e) =>
      segments(e.d)
        .filter((s) => s.x1 === s.x2)
        .map((s) => ({ id: `${e.from}→${e.to}`, x: s.x1, y0: Math.min(s.y1, s.y2), y1: Math.max(s.y1, s.y2) })),
    );
    for (const [i, a] of runs.entries())
      for (const b of runs.slice(i + 1))
        if (a.y0 < b.y1 && b.y0 < a.y1) expect(Math.abs(a.x - b.x), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(5);
  });
  test('the narrow map’s type is at least 10 CSS px at 288 px wide, and larger against its boxes than the wide one’s', () => {
    expect((NARROW_SPECTRUM.yearsSize * 288) / NARROW_SPECTRUM.width).toBeGreaterThanOrEqual(10);
    expect(NARROW_SPECTRUM.titleSize / NARROW_SPECTRUM.width).toBeGreaterThan((1.2 * MAP.titleSize) / MAP.width);
  });
});

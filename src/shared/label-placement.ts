/**
 * Label placement for the charts drawn at build time: each label takes one of its candidate positions (round its
 * mark, further off with a leader line, or fixed places such as a country's middle) so that no label, leader line or
 * mark overlaps another. Pure geometry in SVG units; the boxes are those the text is reckoned to take (text-width.ts).
 */
import { ASCENT, DESCENT } from './text-width';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** A label to place. */
export interface LabelRequest {
  id: string;
  /** The text as it is broken onto lines, and the width of its widest line as reckoned (textWidth). */
  lines: string[];
  width: number;
  /** The type size, and the distance between the lines' baselines. */
  size: number;
  lineHeight: number;
  /** The mark the label names (a dot of radius r): candidates go round it, then further off with a leader line. */
  mark?: { x: number; y: number; r: number };
  /** Or the places the text's middle may take, best first (a country's name, a lake's). */
  centres?: [x: number, y: number][];
  /** A name the picture can do without (a neighbouring country's): it is left out where it would crowd others. */
  optional?: boolean;
  /** The text broken another way (a long name on one line rather than two), tried after the first at each place. */
  alternative?: { lines: string[]; width: number };
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** The text's anchor point and alignment as SVG <text> takes them; y is the first line's baseline. */
  x: number;
  y: number;
  anchor: TextAnchor;
  /** The space the text is reckoned to take, from the top of its first line to the bottom of its last. */
  box: Box;
  /** A line from the mark's edge to a label set further off. */
  leader?: Segment;
  /** The candidate's rank: 0 is the best position, leader lines cost more the longer they are. */
  cost: number;
  /** An optional label left out. */
  omitted?: true;
}

export interface PlacementOptions {
  /** The frame the labels must stay inside, and the margin they keep from its edges. */
  width: number;
  height: number;
  margin?: number;
  /** The space between a mark and its label, and the clear space every label keeps round it. */
  gap?: number;
  pad?: number;
  /** How many rings of positions further off, joined by a leader line, a mark's label may try. */
  leaderRings?: number;
  /** Space taken already (a legend, a title): no label may cover it. */
  obstacles?: Box[];
}

/** The height of a block of text: the first line's ascent, the lines between, and the last line's descent. */
export function blockHeight(lines: number, size: number, lineHeight: number): number {
  return (ASCENT + DESCENT) * size + (lines - 1) * lineHeight;
}

/** A text block whose box's top-left corner is at (left, top), with the anchor that keeps it there. */
function blockAt(req: LabelRequest, left: number, top: number, anchor: TextAnchor, cost: number, leader?: Segment) {
  const height = blockHeight(req.lines.length, req.size, req.lineHeight);
  const x = anchor === 'start' ? left : anchor === 'end' ? left + req.width : left + req.width / 2;
  const label: PlacedLabel = {
    id: req.id,
    lines: req.lines,
    x: round(x),
    y: round(top + ASCENT * req.size),
    anchor,
    box: { x: left, y: top, width: req.width, height },
    cost,
  };
  if (leader) label.leader = { x1: round(leader.x1), y1: round(leader.y1), x2: round(leader.x2), y2: round(leader.y2) };
  return label;
}

/** A tenth of a unit is finer than any screen shows, and it keeps the markup short. */
const round = (v: number) => Math.round(v * 10) / 10;

/** The directions a leader line may take, best first: level ones first, as labels beside a mark read best. */
const LEADER_ANGLES = [
  0, 180, -30, 30, 150, -150, -60, 60, -120, 120, -90, 90, -15, 15, 165, -165, -45, 45, 135, -135, -75, 75, -105, 105,
].map((a) => (a * Math.PI) / 180);

/**
 * The positions a label may take, best first. Round a mark: right, left, above, below, then the four corners; then
 * rings further off in LEADER_ANGLES' directions, each joined to the mark by a leader line. Fixed centres: in order.
 */
export function candidates(req: LabelRequest, gap: number, rings: number): PlacedLabel[] {
  const first = positions(req, gap, rings);
  if (!req.alternative) return first;
  const other = positions({ ...req, ...req.alternative }, gap, rings).map((l) => ({ ...l, cost: l.cost + 1.5 }));
  return [...first, ...other];
}

/** The positions of candidates(), for the text as it is broken in `req`. */
function positions(req: LabelRequest, gap: number, rings: number): PlacedLabel[] {
  const h = blockHeight(req.lines.length, req.size, req.lineHeight);
  const w = req.width;
  if (!req.mark) {
    return (req.centres ?? []).map(([cx, cy], i) => blockAt(req, cx - w / 2, cy - h / 2, 'middle', i));
  }
  const { x, y, r } = req.mark;
  const d = r + gap;
  const c = d * Math.SQRT1_2;
  const near: [left: number, top: number, anchor: TextAnchor][] = [
    [x + d, y - h / 2, 'start'],
    [x - d - w, y - h / 2, 'end'],
    [x - w / 2, y - d - h, 'middle'],
    [x - w / 2, y + d, 'middle'],
    [x + c, y - c - h, 'start'],
    [x + c, y + c, 'start'],
    [x - c - w, y - c - h, 'end'],
    [x - c - w, y + c, 'end'],
  ];
  const labels = near.map(([left, top, anchor], i) => blockAt(req, left, top, anchor, i));
  const step = req.size;
  for (let ring = 1; ring <= rings; ring++) {
    const reach = d + ring * step;
    for (const [k, angle] of LEADER_ANGLES.entries()) {
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      // Where the line ends; the label sits beyond it, facing the mark with its nearest side.
      const ex = x + reach * cos;
      const ey = y + reach * sin;
      const space = 2;
      // The label faces the mark with its nearest side: beside the line's end when the line runs level, above or
      // below it when the line runs up or down, and either way when it runs aslant.
      const level = Math.abs(cos) > 0.45;
      const upright = Math.abs(sin) > 0.45;
      const leader = { x1: x + r * cos, y1: y + r * sin, x2: ex, y2: ey };
      const cost = 10 + ring * 6 + k * 0.2;
      if (level)
        labels.push(
          cos > 0
            ? blockAt(req, ex + space, ey - h / 2, 'start', cost, leader)
            : blockAt(req, ex - space - w, ey - h / 2, 'end', cost, leader),
        );
      if (upright)
        labels.push(
          sin > 0
            ? blockAt(req, ex - w / 2, ey + space, 'middle', cost + (level ? 1 : 0), leader)
            : blockAt(req, ex - w / 2, ey - space - h, 'middle', cost + (level ? 1 : 0), leader),
        );
    }
  }
  return labels;
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const range = { t0: 0, t1: 1 };
  return (
    clip(-dx, s.x1 - b.x, range) &&
    clip(dx, b.x + b.width - s.x1, range) &&
    clip(-dy, s.y1 - b.y, range) &&
    clip(dy, b.y + b.height - s.y1, range)
  );
}

/** One edge of Liang–Barsky: narrows the part of the segment inside, false when none is left. */
function clip(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) range.t0 = Math.max(range.t0, t);
  else range.t1 = Math.min(range.t1, t);
  return range.t0 <= range.t1;
}

/** Whether two segments cross. */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => (s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1);
  const d1 = side(a, b.x1, b.y1);
  const d2 = side(a, b.x2, b.y2);
  const d3 = side(b, a.x1, a.y1);
  const d4 = side(b, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** The distance from a point to a segment. */
export function distanceToSegment(s: Segment, x: number, y: number): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(s.x1 + t * dx - x, s.y1 + t * dy - y);
}

/** The distance from a point to a box (0 inside it). */
export function distanceToBox(b: Box, x: number, y: number): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** What a clash between two labels costs in the search, against the ranks of positions (0–7 beside a mark, 16 up). */
const CLASH = 200;

/** What a label beside its mark costs more when it lies as near another mark, and what leaving out a name costs. */
const AMBIGUOUS = 30;
const OMITTED = 45;

/** A small seeded generator (mulberry32): the search is random, yet the same input always gives the same result. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every label at one of its candidate positions such that no label (with `pad` round it) overlaps another label, a
 * mark, an obstacle or a leader line, no leader line crosses another or passes over a mark, and every label stays in
 * the frame. A label without a leader line must lie nearer its own mark than any other, or a reader would take it for
 * that mark's. Of the clear sets found, the one whose ranks add up to least is kept.
 *
 * The search is simulated annealing, which the literature on map labelling finds best for this problem (Christensen,
 * Marks and Shieber 1995): labels move at random among their positions, a move that makes a clash is taken less and
 * less often as the search cools, and a last pass moves each label to its best free position. The generator is
 * seeded, so the same input always gives the same result. If no clear set is found, the tests catch the clash.
 */
export function placeLabels(requests: LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { width, height, margin = 2, gap = 3, pad = 1.5, leaderRings = 6, obstacles = [] } = options;
  const marks = requests.flatMap((r) => (r.mark ? [{ id: r.id, ...r.mark }] : []));
  const markBox = (m: { x: number; y: number; r: number }): Box => ({
    x: m.x - m.r,
    y: m.y - m.r,
    width: 2 * m.r,
    height: 2 * m.r,
  });
  const inFrame = (b: Box) =>
    b.x >= margin && b.y >= margin && b.x + b.width <= width - margin && b.y + b.height <= height - margin;
  const fixed = [...obstacles, ...marks.map(markBox)];
  // A label's possible positions: in the frame, clear of the marks and obstacles, and unambiguous. What other labels
  // take is the search's business.
  const domains = requests.map((req) => {
    const own = req.mark;
    // Marks that overlap this one read as one cluster: a leader line may leave through them.
    const apart = own
      ? marks.filter((m) => m.id !== req.id && Math.hypot(m.x - own.x, m.y - own.y) >= m.r + own.r)
      : marks;
    const all = candidates(req, gap, leaderRings);
    const possible = all.filter((l) => {
      if (!inFrame(l.box)) return false;
      const padded = grow(l.box, pad);
      if (fixed.some((b) => overlaps(padded, b))) return false;
      const leader = l.leader;
      if (leader) {
        if (apart.some((m) => distanceToSegment(leader, m.x, m.y) < m.r + pad)) return false;
        if (obstacles.some((b) => segmentHitsBox(leader, b))) return false;
      }
      return true;
    });
    // A label read as another mark's costs as much as a long leader line.
    for (const l of possible) if (own && !l.leader && ambiguous(l, own, req, marks)) l.cost += AMBIGUOUS;
    // An optional name may be left out, at a cost above any position; a label with nowhere to go keeps its best
    // position, at a cost that a clear set always beats.
    const out: PlacedLabel = {
      ...all[0]!,
      box: { x: -1e6, y: -1e6, width: 0, height: 0 },
      cost: OMITTED,
      omitted: true,
    };
    if (req.optional) return [...possible, out];
    return possible.length ? possible : [{ ...all[0]!, cost: all[0]!.cost + 10 * CLASH }];
  });
  // Each candidate's box grown by half the clear space, made once: two labels clash when these overlap.
  const halos = domains.map((d) => d.map((l) => grow(l.box, pad / 2)));
  const clash = (i: number, a: number, j: number, b: number) => {
    const la = domains[i]![a]!;
    const lb = domains[j]![b]!;
    if (la.omitted || lb.omitted) return false;
    const ha = halos[i]![a]!;
    const hb = halos[j]![b]!;
    if (overlaps(ha, hb)) return true;
    if (la.leader && segmentHitsBox(la.leader, hb)) return true;
    if (lb.leader && segmentHitsBox(lb.leader, ha)) return true;
    return !!(la.leader && lb.leader && segmentsCross(la.leader, lb.leader));
  };
  // Every candidate's clashes with the other labels' candidates, found once: [label, candidate] pairs.
  const extent = (l: PlacedLabel): Box => {
    const b = grow(l.box, pad);
    if (!l.leader) return b;
    const x0 = Math.min(b.x, l.leader.x1, l.leader.x2);
    const y0 = Math.min(b.y, l.leader.y1, l.leader.y2);
    const x1 = Math.max(b.x + b.width, l.leader.x1, l.leader.x2);
    const y1 = Math.max(b.y + b.height, l.leader.y1, l.leader.y2);
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  };
  // Which candidates clash, found once: for each candidate, one bit per candidate of every other label.
  const n = domains.length;
  const words = Math.ceil(Math.max(...domains.map((d) => d.length)) / 32);
  const bits = domains.map((d) => new Uint32Array(d.length * n * words));
  const extents = domains.map((d) => {
    const e = new Float64Array(d.length * 4);
    d.forEach((l, a) => {
      const b = extent(l);
      e.set([b.x, b.y, b.x + b.width, b.y + b.height], a * 4);
    });
    return e;
  });
  const spans = extents.map((e) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k < e.length; k += 4) {
      x0 = Math.min(x0, e[k]!);
      y0 = Math.min(y0, e[k + 1]!);
      x1 = Math.max(x1, e[k + 2]!);
      y1 = Math.max(y1, e[k + 3]!);
    }
    return [x0, y0, x1, y1] as const;
  });
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const [ax0, ay0, ax1, ay1] = spans[i]!;
      const [bx0, by0, bx1, by1] = spans[j]!;
      if (ax0 >= bx1 || bx0 >= ax1 || ay0 >= by1 || by0 >= ay1) continue;
      const ei = extents[i]!;
      const ej = extents[j]!;
      for (let a = 0; a < domains[i]!.length; a++)
        for (let b = 0; b < domains[j]!.length; b++) {
          const p = a * 4;
          const q = b * 4;
          if (ei[p]! >= ej[q + 2]! || ej[q]! >= ei[p + 2]! || ei[p + 1]! >= ej[q + 3]! || ej[q + 1]! >= ei[p + 3]!)
            continue;
          if (!clash(i, a, j, b)) continue;
          bits[i]![(a * n + j) * words + (b >> 5)]! |= 1 << (b & 31);
          bits[j]![(b * n + i) * words + (a >> 5)]! |= 1 << (a & 31);
        }
    }
  const clashCount = (pick: number[], i: number, c: number) => {
    let k = 0;
    const row = bits[i]!;
    for (let j = 0; j < n; j++) {
      const b = pick[j]!;
      if (j !== i && row[(c * n + j) * words + (b >> 5)]! & (1 << (b & 31))) k++;
    }
    return k;
  };
  const energy = (pick: number[]) =>
    pick.reduce((e, c, i) => e + domains[i]![c]!.cost + (clashCount(pick, i, c) * CLASH) / 2, 0);
  // Each label moves to its best position given the others, until none moves.
  const settle = (pick: number[]) => {
    for (let changed = true; changed;) {
      changed = false;
      for (let i = 0; i < n; i++) {
        const score = (c: number) => domains[i]![c]!.cost + clashCount(pick, i, c) * CLASH;
        let bestC = pick[i]!;
        for (let c = 0; c < domains[i]!.length; c++) if (score(c) < score(bestC)) bestC = c;
        if (bestC !== pick[i]) {
          pick[i] = bestC;
          changed = true;
        }
      }
    }
    return pick;
  };
  let best = settle(domains.map(() => 0));
  let bestEnergy = energy(best);
  const movable = domains.map((d, i) => (d.length > 1 ? i : -1)).filter((i) => i >= 0);
  const clashTotal = (pick: number[]) => pick.reduce((k, c, i) => k + clashCount(pick, i, c), 0) / 2;
  for (let round = 0; round < 6 && (round < 3 || clashTotal(best) > 0) && movable.length; round++) {
    const next = random(round + 1);
    const pick = [...best];
    let e = bestEnergy;
    let troubled: number[] = [];
    const steps = 4000 * n;
    for (let step = 0; step < steps; step++) {
      const t = 100 * Math.pow(0.1 / 100, step / steps);
      // Mostly a label that clashes now, when there is one: the search spends its time where the trouble is.
      if (step % 16 === 0) troubled = movable.filter((k) => clashCount(pick, k, pick[k]!) > 0);
      const from = troubled.length && step % 4 !== 0 ? troubled : movable;
      const i = from[Math.floor(next() * from.length)]!;
      const c = Math.floor(next() * domains[i]!.length);
      const old = pick[i]!;
      if (c === old) continue;
      const delta =
        domains[i]![c]!.cost - domains[i]![old]!.cost + (clashCount(pick, i, c) - clashCount(pick, i, old)) * CLASH;
      if (delta <= 0 || next() < Math.exp(-delta / t)) {
        pick[i] = c;
        e += delta;
        if (e < bestEnergy - 1e-9) {
          // A new best: kept, then settled after the round.
          best = [...pick];
          bestEnergy = e;
        }
      }
    }
    best = settle(best);
    bestEnergy = energy(best);
  }
  return requests.map((_, i) => domains[i]![best[i]!]!);
}

/** Whether a label set beside its mark lies as near another mark as its own, or nearer. */
function ambiguous(
  l: PlacedLabel,
  own: { x: number; y: number; r: number },
  req: LabelRequest,
  marks: { id: string; x: number; y: number; r: number }[],
): boolean {
  const near = distanceToBox(l.box, own.x, own.y);
  return marks.some(
    (m) =>
      m.id !== req.id &&
      Math.hypot(m.x - own.x, m.y - own.y) >= m.r + own.r &&
      distanceToBox(l.box, m.x, m.y) <= near + req.size * 0.25,
  );
}

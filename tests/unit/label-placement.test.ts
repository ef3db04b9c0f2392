import { describe, expect, test } from 'vitest';
import {
  blockHeight,
  candidates,
  distanceToSegment,
  overlaps,
  placeLabels,
  segmentHitsBox,
  segmentsCross,
  type LabelRequest,
} from '../../src/shared/label-placement';
import { textWidth } from '../../src/shared/text-width';

const request = (id: string, x: number, y: number, text = id): LabelRequest => ({
  id,
  lines: [text],
  width: textWidth(text, 13),
  size: 13,
  lineHeight: 15,
  mark: { x, y, r: 4 },
});

describe('textWidth()', () => {
  test('adds up DejaVu Sans’s advance widths: a wide letter counts for more than a narrow one', () => {
    expect(textWidth('i', 10)).toBeCloseTo(2.78, 2);
    expect(textWidth('W', 10)).toBeCloseTo(9.89, 2);
    expect(textWidth('Semipalatinsk Test Site', 1)).toBeCloseTo(11.74, 1);
  });
  test('bold is wider, letter spacing adds after each character, an accented letter is as wide as its base', () => {
    expect(textWidth('Lad', 16, { bold: true })).toBeGreaterThan(textWidth('Lad', 16));
    expect(textWidth('RUSSIA', 14, { tracking: 2 })).toBeCloseTo(textWidth('RUSSIA', 14) + 12, 6);
    expect(textWidth('Ä', 10)).toBe(textWidth('A', 10));
  });
  test('reckons a character it does not know, Cyrillic say, as wide as a capital', () => {
    expect(textWidth('Ж', 10)).toBeGreaterThanOrEqual(textWidth('n', 10));
  });
});

describe('geometry', () => {
  test('a segment hits a box it passes through, not one it passes by', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: 12, y1: 12, x2: 13, y2: 13 }, box)).toBe(true);
  });
  test('segments that cross are told from segments that do not', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
  });
  test('the distance from a point to a segment is to its nearest point', () => {
    expect(distanceToSegment({ x1: 0, y1: 0, x2: 10, y2: 0 }, 5, 3)).toBe(3);
    expect(distanceToSegment({ x1: 0, y1: 0, x2: 10, y2: 0 }, 13, 4)).toBe(5);
  });
});

describe('candidates()', () => {
  test('offers the eight places round a mark first, right of it best, then positions further off with leader lines', () => {
    const list = candidates(request('Alpha', 100, 100), 3, 2);
    expect(list[0]!.anchor).toBe('start');
    expect(list[0]!.box.x).toBe(107);
    expect(list.slice(0, 8).every((l) => !l.leader)).toBe(true);
    expect(list.slice(8).every((l) => l.leader)).toBe(true);
    for (const l of list.slice(8)) expect(Math.hypot(l.leader!.x1 - 100, l.leader!.y1 - 100)).toBeCloseTo(4, 1);
  });
  test('a label of two lines is as tall as both', () => {
    const two = { ...request('a', 0, 0), lines: ['Semipalatinsk', 'Test Site'] };
    expect(candidates(two, 3, 0)[0]!.box.height).toBeCloseTo(blockHeight(2, 13, 15), 6);
  });
});

describe('placeLabels()', () => {
  test('a lone label takes its best position', () => {
    const [l] = placeLabels([request('Alpha', 100, 100)], { width: 400, height: 200 });
    expect(l!.cost).toBe(0);
  });
  test('twenty marks in a tight cluster: every label placed, none overlapping another, a mark or a leader', () => {
    const marks = Array.from({ length: 20 }, (_, i) =>
      request(`Place ${i}`, 200 + 14 * Math.cos(i * 1.3) * (1 + i / 10), 150 + 10 * Math.sin(i * 1.3) * (1 + i / 10)),
    );
    const placed = placeLabels(marks, { width: 400, height: 300, leaderRings: 8 });
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
        if (a.leader) expect(segmentHitsBox(a.leader, b.box), `${a.id} leader / ${b.id}`).toBe(false);
        if (b.leader) expect(segmentHitsBox(b.leader, a.box), `${b.id} leader / ${a.id}`).toBe(false);
        if (a.leader && b.leader) expect(segmentsCross(a.leader, b.leader), `${a.id} / ${b.id} leaders`).toBe(false);
      }
      for (const m of marks) {
        const r = m.mark!;
        expect(overlaps(a.box, { x: r.x - 4, y: r.y - 4, width: 8, height: 8 }), `${a.id} / ${m.id}`).toBe(false);
      }
    }
  });
  test('leaves out an optional name rather than crowd a place, and keeps it where there is room', () => {
    const place = request('Karaganda', 100, 100);
    const name: LabelRequest = {
      id: 'country',
      lines: ['KAZAKHSTAN'],
      width: textWidth('KAZAKHSTAN', 13),
      size: 13,
      lineHeight: 15,
      centres: [[100, 100]],
      optional: true,
    };
    const [, crowded] = placeLabels([place, name], { width: 400, height: 200 });
    expect(crowded!.omitted).toBe(true);
    const [, free] = placeLabels([place, { ...name, centres: [[300, 150]] }], { width: 400, height: 200 });
    expect(free!.omitted).toBeUndefined();
  });
  test('is the same every time', () => {
    const marks = Array.from({ length: 12 }, (_, i) => request(`P${i}`, 100 + 9 * i, 100 + (i % 3) * 7));
    expect(placeLabels(marks, { width: 300, height: 200 })).toEqual(placeLabels(marks, { width: 300, height: 200 }));
  });
});

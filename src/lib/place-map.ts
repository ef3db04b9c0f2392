/**
 * The map of places: Kazakhstan and its neighbours from Natural Earth's boundaries (world-atlas), projected and
 * clipped to a frame around Kazakhstan, with a mark for each place and its label set where it overlaps nothing.
 * Pure geometry for an inline SVG, computed at build time.
 */
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The area drawn, in degrees: Kazakhstan with Orenburg to the west and the edges of its neighbours. */
export const FRAME = { west: 46, east: 88, south: 39.5, north: 56 };

/** Sizes in SVG units: the width of the map, the label type size, the mark radius. */
export const PLACE_MAP = { width: 800, fontSize: 15, countryFontSize: 14, radius: 4.5, gap: 4 };

/**
 * Where each country's name is written, a point inside the country (a test checks it) chosen where no place is
 * marked. Countries not listed are drawn without a name; the sea is not a country and is named apart.
 */
export const COUNTRY_LABELS: Record<string, { name: string; at: [lon: number, lat: number] }> = {
  Kazakhstan: { name: 'KAZAKHSTAN', at: [62.5, 48.2] },
  Russia: { name: 'RUSSIA', at: [62, 55.2] },
  China: { name: 'CHINA', at: [84.5, 42.5] },
  Uzbekistan: { name: 'UZBEKISTAN', at: [62.5, 41.6] },
  Kyrgyzstan: { name: 'KYRGYZSTAN', at: [74.5, 41.4] },
  Turkmenistan: { name: 'TURKMENISTAN', at: [57.5, 40.2] },
};
export const SEA_LABEL = { name: 'Caspian', at: [50.4, 42.0] as [number, number] };

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CountryShape {
  name: string;
  /** SVG path data, clipped to the frame. */
  d: string;
  /** Kazakhstan, drawn apart from its neighbours. */
  home: boolean;
}

export interface MapLabel {
  text: string;
  /** The text's anchor point and alignment, as SVG <text> takes them (y is the baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The space the text is reckoned to take. */
  box: Box;
}

export interface PlaceMark {
  id: string;
  name: string;
  x: number;
  y: number;
  label: MapLabel;
}

export interface PlaceMapLayout {
  width: number;
  height: number;
  countries: CountryShape[];
  countryLabels: MapLabel[];
  marks: PlaceMark[];
}

/** The frame's outline as a polygon, its edges cut into one-degree steps so that it bends as the projection does. */
export function frameOutline(frame = FRAME): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = frame.west; lon < frame.east; lon++) ring.push([lon, frame.south]);
  for (let lat = frame.south; lat < frame.north; lat++) ring.push([frame.east, lat]);
  for (let lon = frame.east; lon > frame.west; lon--) ring.push([lon, frame.north]);
  for (let lat = frame.north; lat > frame.south; lat--) ring.push([frame.west, lat]);
  ring.push(ring[0]!);
  // d3-geo wants exterior rings clockwise on the sphere: this ring runs east along the south edge, so reverse it.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** An equal-area conic centred on Kazakhstan, fitted so that the frame fills the map's width. */
export function placeProjection(width = PLACE_MAP.width): { projection: GeoProjection; height: number } {
  const outline = frameOutline();
  const projection = geoConicEqualArea().parallels([44, 53]).rotate([-67, 0]).fitWidth(width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  const height = Math.ceil(y1 - y0);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

/** The countries of a world-atlas topology as GeoJSON features with their names. */
export function countriesOf(topology: Topology): Feature<Geometry, { name: string }>[] {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  return collection.features;
}

/** A label's box as the text is reckoned to take it: an average Latin letter is about 0.58 of the type size wide. */
export function labelBox(text: string, x: number, y: number, anchor: MapLabel['anchor'], size: number): Box {
  const width = text.length * size * 0.58;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - size * 0.8, width, height: size };
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, width: number, height: number) => a.x >= 2 && a.y >= 2 && a.x + a.width <= width - 2 && a.y + a.height <= height - 2;

/**
 * Each place's label at the first of eight positions round its mark (right, left, above, below, then the corners)
 * that stays in the frame and overlaps no mark, no label already set and no country name; the longest names are
 * set first, so the result is always the same. A label that fits nowhere takes the first position.
 */
export function placeLabels(points: { id: string; name: string; x: number; y: number }[], width: number, height: number, taken: Box[] = []): PlaceMark[] {
  const { fontSize: size, radius: r, gap } = PLACE_MAP;
  const markBox = (p: { x: number; y: number }): Box => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
  const occupied = [...taken, ...points.map(markBox)];
  const d = r + gap;
  const marks = new Map<string, PlaceMark>();
  // Longest names first: they are the hardest to fit, and the order depends on nothing but the places themselves.
  const order = [...points].sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id));
  for (const p of order) {
    const candidates: [number, number, MapLabel['anchor']][] = [
      [p.x + d, p.y + size * 0.35, 'start'],
      [p.x - d, p.y + size * 0.35, 'end'],
      [p.x, p.y - d - 2, 'middle'],
      [p.x, p.y + d + size * 0.8, 'middle'],
      [p.x + d * 0.7, p.y - d, 'start'],
      [p.x + d * 0.7, p.y + d + size * 0.6, 'start'],
      [p.x - d * 0.7, p.y - d, 'end'],
      [p.x - d * 0.7, p.y + d + size * 0.6, 'end'],
    ];
    const labels = candidates.map(([x, y, anchor]) => ({ text: p.name, x, y, anchor, box: labelBox(p.name, x, y, anchor, size) }));
    const label = labels.find((l) => inside(l.box, width, height) && !occupied.some((o) => overlaps(o, l.box))) ?? labels[0]!;
    occupied.push(label.box);
    marks.set(p.id, { ...p, label });
  }
  return points.map((p) => marks.get(p.id)!);
}

/** The whole map: countries clipped to the frame, country names, and the places with their labels. */
export function layoutPlaceMap(topology: Topology, places: MapPlace[], width = PLACE_MAP.width): PlaceMapLayout {
  const { projection, height } = placeProjection(width);
  // One decimal place is a tenth of a unit: far below what a screen shows, and it keeps the path data short.
  const path = geoPath(projection).digits(0);
  const features = countriesOf(topology);
  const countries = features
    .map((f) => ({ name: f.properties.name, d: path(f) ?? '', home: f.properties.name === 'Kazakhstan' }))
    .filter((c) => c.d !== '')
    // Kazakhstan last, so that its outline is drawn over its neighbours' shared borders.
    .sort((a, b) => Number(a.home) - Number(b.home) || a.name.localeCompare(b.name, 'en'));
  const countryLabels: MapLabel[] = [...Object.values(COUNTRY_LABELS).filter((l) => countries.some((c) => c.name.toUpperCase() === l.name)), SEA_LABEL].map(({ name, at }) => {
    const [x, y] = projection(at)!;
    return { text: name, x, y, anchor: 'middle', box: labelBox(name, x, y, 'middle', PLACE_MAP.countryFontSize) };
  });
  const points = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat])!;
    return { id: p.id, name: p.name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return { width, height, countries, countryLabels, marks: placeLabels(points, width, height, countryLabels.map((l) => l.box)) };
}

/** Whether a point lies inside the named country of a topology (for tests of the label anchors). */
export function inCountry(topology: Topology, name: string, at: [number, number]): boolean {
  const country = countriesOf(topology).find((f) => f.properties.name === name);
  return country ? geoContains(country, at) : false;
}

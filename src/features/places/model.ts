/**
 * The map of places: Kazakhstan and its neighbours from Natural Earth's boundaries (world-atlas), projected and
 * clipped to a frame around Kazakhstan, with a mark for each place and its label set where it overlaps nothing.
 * Pure geometry for an inline SVG, computed at build time.
 */
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The area drawn, in degrees: Kazakhstan with Orenburg to the west and the edges of its neighbours. */
export const FRAME = { west: 46, east: 88, south: 39.5, north: 56 };

/** How one rendering of the map is drawn; sizes are in SVG units. */
export interface MapStyle {
  /** The width of the map; its height follows from the frame. */
  width: number;
  /** The type size of the places' labels and of the country names, and the letter spacing of the country names. */
  fontSize: number;
  countryFontSize: number;
  countryTracking: number;
  /** The radius of a place's mark, and the space between a mark and its label. */
  radius: number;
  gap: number;
  /** The countries whose names are written (keys of COUNTRY_LABELS), and whether the sea is named. */
  countries: string[];
  sea: boolean;
  /** A label longer than this many characters is broken at its spaces onto more lines. */
  lineLength: number;
  /** Outline points closer than this to the last one kept are dropped (Natural Earth's detail is finer than a screen). */
  minStep: number;
}

/** The map as a wide screen or a printed page shows it, about 800 CSS px wide. */
export const WIDE_MAP: MapStyle = {
  width: 800,
  fontSize: 15,
  countryFontSize: 14,
  countryTracking: 2,
  radius: 4.5,
  gap: 4,
  countries: ['Kazakhstan', 'Russia', 'China', 'Uzbekistan', 'Kyrgyzstan', 'Turkmenistan'],
  sea: true,
  lineLength: Infinity,
  minStep: 1.5,
};

/**
 * The map as a phone shows it, 290–360 CSS px wide: one SVG unit is about one CSS px at 390 px, so the labels are
 * drawn twice as large against the land as on the wide map, long names take two lines, and fewer countries are named.
 */
export const NARROW_MAP: MapStyle = {
  width: 360,
  fontSize: 13,
  countryFontSize: 12.5,
  countryTracking: 1,
  radius: 4,
  gap: 3,
  countries: ['Kazakhstan', 'Russia', 'China'],
  sea: false,
  lineLength: 14,
  minStep: 1.5,
};

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
  /** The text as it is broken onto lines (one line unless the style's lineLength is exceeded). */
  lines: string[];
  /** The text's anchor point and alignment, as SVG <text> takes them (y is the first line's baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The space the text is reckoned to take. */
  box: Box;
  /** A line from the mark to a label set further off (its ends, from the mark's edge to the label's). */
  leader?: { x: number; y1: number; y2: number };
}

export interface PlaceMark {
  id: string;
  name: string;
  x: number;
  y: number;
  label: MapLabel;
}

/** One rendering of the map, laid out. */
export interface MapRendering {
  style: MapStyle;
  width: number;
  height: number;
  countries: CountryShape[];
  countryLabels: MapLabel[];
  marks: PlaceMark[];
}

/** The map in both its renderings: the page shows the narrow one on phones and the wide one elsewhere. */
export interface PlaceMapLayout {
  wide: MapRendering;
  narrow: MapRendering;
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
export function placeProjection(width = WIDE_MAP.width): { projection: GeoProjection; height: number } {
  const outline = frameOutline();
  const projection = geoConicEqualArea().parallels([44, 53]).rotate([-67, 0]).fitWidth(width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  const height = Math.ceil(y1 - y0);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/**
 * A projection that drops each projected point nearer than `minStep` to the last point kept on its line or ring
 * (the first and last points always stay, so rings still close): the outlines keep their shape at a fraction of the size.
 */
export function thinned(projection: GeoProjection, minStep: number): { stream: (output: GeoStream) => GeoStream } {
  return {
    stream(output) {
      let kept: [number, number] | undefined;
      let skipped: [number, number] | undefined;
      const thin: GeoStream = {
        point(x, y) {
          if (kept && Math.hypot(x - kept[0], y - kept[1]) < minStep) {
            skipped = [x, y];
            return;
          }
          kept = [x, y];
          skipped = undefined;
          output.point(x, y);
        },
        lineStart() {
          kept = skipped = undefined;
          output.lineStart();
        },
        lineEnd() {
          if (skipped) output.point(...skipped);
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(thin);
    },
  };
}

/** The countries of a world-atlas topology as GeoJSON features with their names. */
export function countriesOf(topology: Topology): Feature<Geometry, { name: string }>[] {
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Geometry, { name: string }>;
  return collection.features;
}

/** How many rows above or below its mark a label may be set, with a leader line, when it fits nowhere closer. */
const LEADER_ROWS = 4;

/** The distance between the baselines of a label's lines, as a multiple of the type size. */
export const LINE_HEIGHT = 1.15;

/**
 * A label's box as the text is reckoned to take it: an average Latin letter is about 0.58 of the type size wide,
 * plus any letter spacing; y is the first line's baseline.
 */
export function labelBox(
  lines: string[],
  x: number,
  y: number,
  anchor: MapLabel['anchor'],
  size: number,
  tracking = 0,
): Box {
  const width = Math.max(...lines.map((l) => l.length * (size * 0.58 + tracking)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - size * 0.8, width, height: size + (lines.length - 1) * size * LINE_HEIGHT };
}

/** A name broken at its spaces into lines of at most `length` characters where it can be (a longer word keeps its line). */
export function breakLines(text: string, length: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= length) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, width: number, height: number) =>
  a.x >= 2 && a.y >= 2 && a.x + a.width <= width - 2 && a.y + a.height <= height - 2;

/**
 * The positions a place's label may take, best first: eight round its mark (right, left, above, below, then the
 * corners), then, for a crowd of marks that leaves no room beside one, rows further above and below it, joined to the
 * mark by a short vertical leader line.
 */
export function labelCandidates(p: { name: string; x: number; y: number }, style: MapStyle): MapLabel[] {
  const { fontSize: size, radius: r, gap } = style;
  const d = r + gap;
  const lines = p.name.length > style.lineLength ? breakLines(p.name, style.lineLength) : [p.name];
  // The first line's baseline moves up by the extra lines' height where the label sits beside or above the mark.
  const extra = (lines.length - 1) * size * LINE_HEIGHT;
  const near: [number, number, MapLabel['anchor']][] = [
    [p.x + d, p.y + size * 0.35 - extra / 2, 'start'],
    [p.x - d, p.y + size * 0.35 - extra / 2, 'end'],
    [p.x, p.y - d - 2 - extra, 'middle'],
    [p.x, p.y + d + size * 0.8, 'middle'],
    [p.x + d * 0.7, p.y - d - extra, 'start'],
    [p.x + d * 0.7, p.y + d + size * 0.6, 'start'],
    [p.x - d * 0.7, p.y - d - extra, 'end'],
    [p.x - d * 0.7, p.y + d + size * 0.6, 'end'],
  ];
  // A tenth of a unit is finer than any screen shows, and it keeps the markup short.
  const round = (v: number) => Math.round(v * 10) / 10;
  const label = (x: number, y: number, anchor: MapLabel['anchor'], leader?: 'above' | 'below'): MapLabel => {
    const box = labelBox(lines, round(x), round(y), anchor, size);
    const line =
      leader &&
      (leader === 'below' ? { x: p.x, y1: p.y + r, y2: box.y } : { x: p.x, y1: box.y + box.height, y2: p.y - r });
    return { text: p.name, lines, x: round(x), y: round(y), anchor, box, ...(line && { leader: line }) };
  };
  const labels = near.map(([x, y, anchor]) => label(x, y, anchor));
  const blockHeight = size + extra;
  for (let row = 1; row <= LEADER_ROWS; row++) {
    for (const side of ['below', 'above'] as const) {
      const top =
        side === 'below' ? p.y + d + row * size * LINE_HEIGHT : p.y - d - row * size * LINE_HEIGHT - blockHeight;
      for (const [x, anchor] of [
        [p.x, 'middle'],
        [p.x - size * 0.4, 'start'],
        [p.x + size * 0.4, 'end'],
      ] as const)
        labels.push(label(x, top + size * 0.8, anchor, side));
    }
  }
  return labels;
}

/** The space a label takes: its text, and its leader line if it has one. */
const labelSpace = (l: MapLabel): Box[] =>
  l.leader ? [l.box, { x: l.leader.x - 0.5, y: l.leader.y1, width: 1, height: l.leader.y2 - l.leader.y1 }] : [l.box];

/** How many positions the search for a clear set of labels may try before it gives up. */
const SEARCH_BUDGET = 200_000;

/**
 * Each place's label at the first of its candidate positions (labelCandidates) that stays in the frame and overlaps
 * no mark, no other label or leader and no country name. The longest names are set first, each at its best free
 * position; where that leaves a later label no room, the search goes back and moves an earlier one. The order
 * depends on nothing but the places, so the result is always the same. If no clear set is found, a label that fits
 * nowhere takes its first position.
 */
export function placeLabels(
  points: { id: string; name: string; x: number; y: number }[],
  width: number,
  height: number,
  taken: Box[] = [],
  style: MapStyle = WIDE_MAP,
): PlaceMark[] {
  const r = style.radius;
  const markBoxes = points.map((p): Box => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
  // Longest names first: they are the hardest to fit.
  const order = [...points].sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id));
  const candidates = order.map((p) => labelCandidates(p, style));
  const fits = (l: MapLabel, occupied: Box[]) =>
    inside(l.box, width, height) && !labelSpace(l).some((b) => occupied.some((o) => overlaps(o, b)));
  // Branch and bound: the set whose positions are, added up, earliest in their lists of candidates.
  let budget = SEARCH_BUDGET;
  let best: { cost: number; picks: MapLabel[] } | undefined;
  const search = (i: number, occupied: Box[], cost: number, picks: MapLabel[]): void => {
    if (best && cost >= best.cost) return;
    if (i === order.length) {
      best = { cost, picks };
      return;
    }
    for (const [k, l] of candidates[i]!.entries()) {
      if (budget-- <= 0 || (best && cost + k >= best.cost)) return;
      if (fits(l, occupied)) search(i + 1, [...occupied, ...labelSpace(l)], cost + k, [...picks, l]);
    }
  };
  search(0, [...taken, ...markBoxes], 0, []);
  const found = best?.picks;
  const labels =
    found ??
    candidates.reduce<{ occupied: Box[]; labels: MapLabel[] }>(
      ({ occupied, labels }, ls) => {
        const l = ls.find((c) => fits(c, occupied)) ?? ls[0]!;
        return { occupied: [...occupied, ...labelSpace(l)], labels: [...labels, l] };
      },
      { occupied: [...taken, ...markBoxes], labels: [] },
    ).labels;
  const byId = new Map(order.map((p, i) => [p.id, labels[i]!]));
  return points.map((p) => ({ ...p, label: byId.get(p.id)! }));
}

/** The map in both its renderings, wide and narrow. */
export function layoutPlaceMap(topology: Topology, places: MapPlace[]): PlaceMapLayout {
  return { wide: renderPlaceMap(topology, places, WIDE_MAP), narrow: renderPlaceMap(topology, places, NARROW_MAP) };
}

/** One rendering of the map: countries clipped to the frame, country names, and the places with their labels. */
export function renderPlaceMap(topology: Topology, places: MapPlace[], style: MapStyle): MapRendering {
  const { width } = style;
  const { projection, height } = placeProjection(width);
  // Whole units: about a CSS pixel on either rendering, and it keeps the path data short.
  const path = geoPath(thinned(projection, style.minStep)).digits(0);
  const features = countriesOf(topology);
  const countries = features
    .map((f) => ({ name: f.properties.name, d: path(f) ?? '', home: f.properties.name === 'Kazakhstan' }))
    .filter((c) => c.d !== '')
    // Kazakhstan last, so that its outline is drawn over its neighbours' shared borders.
    .sort((a, b) => Number(a.home) - Number(b.home) || a.name.localeCompare(b.name, 'en'));
  const named = style.countries.filter((n) => countries.some((c) => c.name === n)).map((n) => COUNTRY_LABELS[n]!);
  const countryLabels: MapLabel[] = [...named, ...(style.sea ? [SEA_LABEL] : [])].map(({ name, at }) => {
    const [x, y] = projection(at)!.map((v) => Math.round(v * 10) / 10) as [number, number];
    return {
      text: name,
      lines: [name],
      x,
      y,
      anchor: 'middle',
      box: labelBox([name], x, y, 'middle', style.countryFontSize, style.countryTracking),
    };
  });
  const points = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat])!;
    return { id: p.id, name: p.name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return {
    style,
    width,
    height,
    countries,
    countryLabels,
    marks: placeLabels(
      points,
      width,
      height,
      countryLabels.map((l) => l.box),
      style,
    ),
  };
}

/** Whether a point lies inside the named country of a topology (for tests of the label anchors). */
export function inCountry(topology: Topology, name: string, at: [number, number]): boolean {
  const country = countriesOf(topology).find((f) => f.properties.name === name);
  return country ? geoContains(country, at) : false;
}

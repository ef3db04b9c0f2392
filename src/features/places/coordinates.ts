/**
 * Coordinates as sources write them ("43° 17′ N, 76° 54′ O", "49°59′N 82°37′E", or with the hemisphere first as the
 * GeoNames gazetteer does, "N 51° 10′ 48'' | E 71° 26′ 45''"), read into decimal degrees.
 */

export interface LatLon {
  /** Decimal degrees, north positive. */
  lat: number;
  /** Decimal degrees, east positive. */
  lon: number;
}

// Degrees, then optional minutes and seconds (′ or ', ″ or "), then the hemisphere letter. German sources write
// O (Ost) for east.
const PART = String.raw`(\d{1,3}(?:[.,]\d+)?)\s*°\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*[′']\s*)?(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:″|''|")\s*)?`;
const LAT = new RegExp(`${PART}([NS])(?![\\p{L}])`, 'u');
const LON = new RegExp(`${PART}([EOW])(?![\\p{L}])`, 'u');
// The hemisphere letter first, standing alone before the degrees (GeoNames: "N 51° 10′ 48''").
const LAT_FIRST = new RegExp(`(?<![\\p{L}])([NS])\\s+${PART}`, 'u');
const LON_FIRST = new RegExp(`(?<![\\p{L}])([EOW])\\s+${PART}`, 'u');

const num = (s: string | undefined) => (s ? Number(s.replace(',', '.')) : 0);

function value(
  d: string | undefined,
  m: string | undefined,
  s: string | undefined,
  hemisphere: string,
  negative: string,
) {
  const v = num(d) + num(m) / 60 + num(s) / 3600;
  return hemisphere === negative ? -v : v;
}

function read(match: RegExpExecArray | null, negative: string): number | undefined {
  if (!match) return undefined;
  const [, d, m, s, hemisphere] = match;
  return value(d, m, s, hemisphere!, negative);
}

function readFirst(match: RegExpExecArray | null, negative: string): number | undefined {
  if (!match) return undefined;
  const [, hemisphere, d, m, s] = match;
  return value(d, m, s, hemisphere!, negative);
}

/**
 * The first latitude and the first longitude written in degrees (and minutes, seconds) in the text, if both are there:
 * with the hemisphere letter after the figures, or, failing that, before them.
 */
export function parseCoordinates(text: string): LatLon | undefined {
  const after = { lat: read(LAT.exec(text), 'S'), lon: read(LON.exec(text), 'W') };
  if (after.lat !== undefined && after.lon !== undefined) return { lat: after.lat, lon: after.lon };
  const lat = readFirst(LAT_FIRST.exec(text), 'S');
  const lon = readFirst(LON_FIRST.exec(text), 'W');
  return lat === undefined || lon === undefined ? undefined : { lat, lon };
}

/** One coordinate in degrees and whole minutes, as the sources write them: 43.2833 → "43° 17′". */
function degreesMinutes(value: number): string {
  const minutes = Math.round(Math.abs(value) * 60);
  return `${Math.floor(minutes / 60)}° ${String(minutes % 60).padStart(2, '0')}′`;
}

/** "43° 17′ N, 76° 54′ E": the site prints coordinates to the minute, the precision its sources give. */
export function formatCoordinates({ lat, lon }: LatLon): string {
  return `${degreesMinutes(lat)} ${lat < 0 ? 'S' : 'N'}, ${degreesMinutes(lon)} ${lon < 0 ? 'W' : 'E'}`;
}

/** The places on the map (content/places.yaml): real positions that agree with their sources, and entries that name them. */
import { parseCoordinates } from '../features/places/coordinates';
import { FRAME } from '../features/places/model';
import { citeRefs, type CiteField, type CiteRef } from '../features/notes/notes';
import { validChoices } from '../shared/suggest';
import type { LocatedYaml } from './located-yaml';
import type { Finding } from './problem';

/** What the rule needs to know of an entry: its prose, and the dates of its events. */
export interface PlaceEntry {
  /** The entry's prose, notes left out. */
  text: string;
  /** The `date` of each of its `events`. */
  eventDates: string[];
}

interface PlaceData {
  id?: unknown;
  name?: unknown;
  aliases?: unknown;
  lat?: unknown;
  lon?: unknown;
  cite?: unknown;
  entries?: unknown;
  events?: unknown;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the text names the place: one of its names as a whole word, in any case, and not as the end of a longer
 * hyphenated name (the movement Nevada-Semipalatinsk does not name the city).
 */
export function namesPlace(text: string, names: string[]): boolean {
  return names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Every problem of the places list, each with its line. `entries` is keyed "movement:lad", "context:azat". */
export function placeFindings(
  list: LocatedYaml,
  entries: ReadonlyMap<string, PlaceEntry>,
  sources: ReadonlySet<string>,
): Finding[] {
  const found: Finding[] = [];
  const places = (Array.isArray(list.data) ? list.data : []) as PlaceData[];
  places.forEach((place, i) => {
    const at = (...path: (string | number)[]) => list.lineOf([i, ...path]);
    const who = typeof place.id === 'string' ? `place "${place.id}"` : `place ${i + 1}`;
    const bad = (line: number, message: string) => found.push({ line, message: `${who}: ${message}` });

    // Inside the map's frame (src/features/places/model.ts), which lies well within the ranges of latitude and longitude:
    // a place outside it would be drawn off the map.
    for (const [field, min, max] of [
      ['lat', FRAME.south, FRAME.north],
      ['lon', FRAME.west, FRAME.east],
    ] as const) {
      const value = place[field];
      if (typeof value !== 'number' || !Number.isFinite(value))
        bad(at(field), `${field} must be a number of decimal degrees`);
      else if (value < min || value > max)
        bad(at(field), `${field} ${value} lies outside the map's frame (${min} to ${max}): the map cannot show it`);
    }

    // The source: at least one work, each known, and the first one's quote giving the coordinates the place states.
    let refs: CiteRef[] = [];
    try {
      refs = place.cite === undefined ? [] : citeRefs(place.cite as CiteField);
    } catch (error) {
      bad(at('cite'), `cite: ${(error as Error).message}`);
    }
    if (place.cite === undefined || refs.length === 0)
      bad(at(), 'has no source for its coordinates: give `cite` with the passage that states them as `quote`');
    refs.forEach((ref, r) => {
      if (!sources.has(ref.key))
        bad(at('cite', r), `cite: no source with the key "${ref.key}". ${validChoices(ref.key, sources)}`.trim());
    });
    const quoted = refs.find((r) => r.quote)?.quote?.text;
    if (refs.length > 0 && !quoted) bad(at('cite'), 'cite: quote the coordinates as the source gives them (`quote`)');
    if (quoted && typeof place.lat === 'number' && typeof place.lon === 'number') {
      const given = parseCoordinates(quoted);
      if (!given) bad(at('cite'), `cite: the quote "${quoted}" gives no coordinates in degrees (43° 17′ N, 76° 54′ E)`);
      else if (Math.abs(given.lat - place.lat) > 0.001 || Math.abs(given.lon - place.lon) > 0.001)
        bad(
          at('lat'),
          `lat ${place.lat}, lon ${place.lon} do not agree with the source's ${given.lat.toFixed(4)}, ${given.lon.toFixed(4)} ("${quoted}")`,
        );
    }

    // The entries that name it: each exists and names it in its text.
    const names = [place.name, ...strings(place.aliases)].filter((n): n is string => typeof n === 'string');
    const listed = strings(place.entries);
    listed.forEach((href, e) => {
      const entry = entries.get(href);
      if (!entry)
        bad(at('entries', e), `entries: "${href}" is not an entry. ${validChoices(href, entries.keys())}`.trim());
      else if (!namesPlace(entry.text, names))
        bad(at('entries', e), `entries: ${href} does not name ${names.join(' or ')} in its text`);
    });
    const events = Array.isArray(place.events) ? (place.events as { entry?: unknown; date?: unknown }[]) : [];
    events.forEach((event, e) => {
      const href = String(event?.entry);
      const entry = entries.get(href);
      if (!listed.includes(href)) bad(at('events', e), `events: ${href} is not among the place's entries`);
      else if (entry && !entry.eventDates.includes(String(event?.date)))
        bad(at('events', e), `events: ${href} has no event dated "${String(event?.date)}"`);
    });
  });
  return found;
}

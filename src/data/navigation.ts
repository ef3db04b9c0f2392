/** Build-time data for finding one's way: relations, backlinks, the timeline and the spectrum of the movements. */
import { AstroError } from 'astro/errors';
import { layoutMovementMap, type MovementMapLayout } from '../lib/movement-map';
import { layoutTimelineChart, type ChartLayout } from '../lib/timeline-chart';
import type { NoteMark } from '../lib/notes';
import { timelineOf, type Dated, type TimelineEvent } from '../lib/timeline';
import { citeData, declaredRelations, entryHref, getContextEntries, getMovements, getPersonNames, type Entry, type Movement } from './collections';
import { getMentions, type Mention } from './mentions';

// Pages import these from here, with the rest of what finding one's way needs.
export { declaredRelations, entryHref };

/** The entries whose text links to this one ("Linked from"), without the entry itself. */
export async function linkedFrom(entry: Entry): Promise<Mention[]> {
  const kind = entry.collection === 'movements' ? 'movement' : 'context';
  const self = entryHref(entry);
  return ((await getMentions()).get(`${kind}:${entry.id}`) ?? []).filter((m) => m.href !== self);
}

/** An entry as the timeline reads it. */
function dated(entry: Entry): Dated {
  const base = { collection: entry.collection, id: entry.id, title: entry.data.title, events: entry.data.events };
  return entry.collection === 'movements' ? { ...base, founded: entry.data.founded, ended: entry.data.ended } : base;
}

export interface ShownEvent extends TimelineEvent {
  href: string;
  /** On the entry's own page: the mark of the page's note that gives the event's sources (shown instead of `note`). */
  mark?: NoteMark;
  /** The formatted citations (links to #src-key on the same page, or to the primary source). */
  note: string;
  /** Source keys the note cites: the page must list them under "Sources". */
  keys: string[];
}

/**
 * The events of the given entries, in date order, with their notes formatted. On an entry's own page, `marks` are
 * the marks of its notes for its events (renderEntry's timelineMarks, numbered from timelineCites() in this order).
 */
export async function timelineEvents(entries: Entry[], marks?: NoteMark[]): Promise<ShownEvent[]> {
  const base = import.meta.env.BASE_URL;
  const events = timelineOf(entries.map(dated));
  if (marks && marks.length !== events.length) {
    throw new AstroError(`${entries.map((e) => e.id).join(', ')}: ${events.length} timeline events but ${marks.length} note marks for them.`, 'timelineCites() (src/lib/facts.ts) must read the events as timelineOf() orders them.');
  }
  return Promise.all(
    events.map(async (event, i) => {
      const href = entryHref(event.entry);
      const where = `content/${event.entry.collection}/${event.entry.id}.mdx: ${event.kind === 'event' ? `event "${event.label}"` : event.kind}`;
      const { keys, html } = await citeData(event.cite, where, base);
      return { ...event, href, note: html, keys, ...(marks ? { mark: marks[i]! } : {}) };
    }),
  );
}

/** A date from a movement's frontmatter with the mark of the note that gives its sources. */
export interface CitedDate {
  date: string;
  place?: string | undefined;
  what?: string | undefined;
  mark: NoteMark;
}

/** A movement's leader as the infobox shows them: name, role and the mark of the note that gives its sources. */
export interface ShownLeader {
  id: string;
  name: string;
  role: string;
  mark: NoteMark;
}

/** What a movement's infobox shows beyond its names: dates and leaders, each with its note mark, and the people named. */
export interface MovementFacts {
  founded: CitedDate;
  /** The other founding dates its sources give. */
  otherDates: CitedDate[];
  ended?: CitedDate;
  leaders: ShownLeader[];
  people: { id: string; name: string }[];
}

/**
 * A movement's infobox facts with the marks of their notes. The notes are the page's own, numbered before the
 * text's by remark-notes from infoboxCites() (src/lib/facts.ts), whose order this follows: founded, the other
 * founding dates, ended, the leaders.
 */
export async function movementFacts(movement: Movement, marks: NoteMark[]): Promise<MovementFacts> {
  const { founded, ended, leaders, people } = movement.data;
  const names = await getPersonNames();
  const next = (() => {
    let i = 0;
    return () => marks[i++]!;
  })();
  const date = (d: { date: string; place?: string | undefined; what?: string | undefined }): CitedDate => ({ date: d.date, place: d.place, what: d.what, mark: next() });
  return {
    founded: date(founded),
    otherDates: founded.otherDates.map(date),
    ...(ended ? { ended: date(ended) } : {}),
    leaders: leaders.map(({ person, role }) => ({ id: person.id, name: names.get(person.id)!, role, mark: next() })),
    people: people.map((p) => ({ id: p.id, name: names.get(p.id)! })),
  };
}

/** Every dated event in the collections. */
export async function getTimeline(): Promise<ShownEvent[]> {
  return timelineEvents([...(await getMovements()), ...(await getContextEntries())]);
}

/** The spectrum of the movements (the diagram at /spectrum/ and on the home page), laid out. */
export async function getMovementMap(): Promise<{ layout: MovementMapLayout; movements: Movement[] }> {
  const movements = await getMovements();
  const layout = layoutMovementMap(
    movements.map((m) => ({
      id: m.id,
      title: m.data.title,
      orientation: m.data.orientation,
      founded: m.data.founded.date,
      otherFounded: m.data.founded.otherDates.map((d) => d.date),
      ended: m.data.ended?.date,
    })),
    movements.flatMap((m) => m.data.relations.map((r) => ({ from: m.id, type: r.type, to: r.target.id }))),
  );
  return { layout, movements };
}

/** The years the timeline chart spans: the site's period, 1986 to 1995 inclusive. */
export const CHART_YEARS = { from: 1986, to: 1996 };

/**
 * The timeline chart, laid out: every movement's lane (or only the given movement's), with its events as marks
 * linked to their entry, and the context entries that name a `period` as bands.
 */
export async function getTimelineChart(only?: Movement): Promise<ChartLayout> {
  const movements = only ? [only] : await getMovements();
  const periods = (await getContextEntries()).filter((c) => c.data.period);
  return layoutTimelineChart(
    movements.map((m) => ({
      id: m.id,
      title: m.data.title,
      href: entryHref(m),
      founded: [m.data.founded.date, ...m.data.founded.otherDates.map((d) => d.date)],
      ended: m.data.ended?.date,
      events: timelineOf([dated(m)]).filter((e) => e.kind === 'event').map((e) => ({ date: e.date, label: e.label, href: entryHref(m) })),
    })),
    periods.map((c) => ({ id: c.id, title: c.data.period!, href: entryHref(c), start: c.data.date.start, end: c.data.date.end })),
    { ...CHART_YEARS, ...(only ? { left: 24 } : {}) },
  );
}

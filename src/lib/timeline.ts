/** The timeline: the dated events of the entries, with their founding, end and span dates, in date order. */
import { comparePartialDates } from './dates';

/** What the timeline needs of an entry (a movement or a context entry). */
export interface Dated {
  collection: 'movements' | 'context';
  id: string;
  title: string;
  /** Events written in the frontmatter, each with its cite list. */
  events: { date: string; label: string; cite: string }[];
  /** Movements: when they were founded and, if they did, ended, with the sources for each. */
  founded?: { date: string; place?: string | undefined; cite: string };
  ended?: { date: string; cite: string } | undefined;
  /** Context entries: the period they cover. */
  span?: { start: string; end?: string | undefined };
}

export type EventKind = 'event' | 'founded' | 'ended' | 'start' | 'end';

export interface TimelineEvent {
  date: string;
  label: string;
  kind: EventKind;
  /** The cite list of the event: written events and movements' founding and end dates have one; context entries' spans do not. */
  cite?: string;
  entry: { collection: Dated['collection']; id: string; title: string };
}

/** Events of one entry: those written, then its founding/end or start/end dates unless an event already has that date. */
function eventsOf(entry: Dated): TimelineEvent[] {
  const ref = { collection: entry.collection, id: entry.id, title: entry.title };
  const written: TimelineEvent[] = entry.events.map((e) => ({ date: e.date, label: e.label, kind: 'event', cite: e.cite, entry: ref }));
  const derived: TimelineEvent[] = [];
  const add = (date: string | undefined, kind: EventKind, label: string, cite?: string) => {
    if (date !== undefined) derived.push({ date, label, kind, entry: ref, ...(cite ? { cite } : {}) });
  };
  if (entry.founded) add(entry.founded.date, 'founded', entry.founded.place ? `Founded (${entry.founded.place})` : 'Founded', entry.founded.cite);
  add(entry.ended?.date, 'ended', 'Ended', entry.ended?.cite);
  if (entry.span) {
    add(entry.span.start, 'start', 'Begins');
    add(entry.span.end, 'end', 'Ends');
  }
  const writtenDates = new Set(written.map((e) => e.date));
  return [...written, ...derived.filter((e) => !writtenDates.has(e.date))];
}

/**
 * Every event of the given entries, in date order. A less precise date ("1990") comes before the
 * more precise ones in the same period; events on the same date keep entry title order, then the
 * order in which they were written.
 */
export function timelineOf(entries: Dated[]): TimelineEvent[] {
  const byTitle = [...entries].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return byTitle.flatMap(eventsOf).sort((a, b) => comparePartialDates(a.date, b.date));
}

/** The events grouped by year, years ascending (the input must be in date order). */
export function byYear<T extends TimelineEvent>(events: T[]): { year: string; events: T[] }[] {
  const groups: { year: string; events: T[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

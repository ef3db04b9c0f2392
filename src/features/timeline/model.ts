/** The timeline: the dated events of the entries, with the movements' founding and end dates, in date order. */
import { comparePartialDates } from '../../shared/dates';
import type { CiteField } from '../notes/model';

/** What the timeline needs of an entry (a movement or a context entry). */
export interface Dated {
  collection: 'movements' | 'context';
  id: string;
  title: string;
  /** Events written in the frontmatter, each with its cite list. */
  events: { date: string; label: string; cite: CiteField }[];
  /** Movements: when they were founded and, if they did, ended, with the sources for each. */
  founded?: { date: string; place?: string | undefined; cite: CiteField };
  ended?: { date: string; cite: CiteField } | undefined;
}

export type EventKind = 'event' | 'founded' | 'ended';

export interface TimelineEvent {
  date: string;
  label: string;
  kind: EventKind;
  /** The sources for the date: every event on the timeline has them. */
  cite: CiteField;
  entry: { collection: Dated['collection']; id: string; title: string };
}

/** Events of one entry: those written, then its founding and end dates unless an event already has that date. */
function eventsOf(entry: Dated): TimelineEvent[] {
  const ref = { collection: entry.collection, id: entry.id, title: entry.title };
  const written: TimelineEvent[] = entry.events.map((e) => ({
    date: e.date,
    label: e.label,
    kind: 'event',
    cite: e.cite,
    entry: ref,
  }));
  const derived: TimelineEvent[] = [];
  if (entry.founded) {
    const { date, place, cite } = entry.founded;
    derived.push({ date, label: place ? `Founded (${place})` : 'Founded', kind: 'founded', cite, entry: ref });
  }
  if (entry.ended)
    derived.push({ date: entry.ended.date, label: 'Ended', kind: 'ended', cite: entry.ended.cite, entry: ref });
  const writtenDates = new Set(written.map((e) => e.date));
  return [...written, ...derived.filter((e) => !writtenDates.has(e.date))];
}

/**
 * The dates of a context entry's span (shown in the context index as "1917–1920") that no written event
 * falls within. Each must have one, so that the date shown rests on a cited event: "1917" is covered by an
 * event of "1917-03", "1993-11" by one of "1993-11" or "1993-11-20".
 */
export function uncoveredSpanDates(
  span: { start: string; end?: string | undefined },
  events: { date: string }[],
): string[] {
  return [span.start, span.end].filter(
    (d): d is string => d !== undefined && !events.some((e) => e.date === d || e.date.startsWith(`${d}-`)),
  );
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

/**
 * The timeline chart: one lane per movement from its founding to its end, founding dates that are uncertain or
 * disputed drawn as a hatched span between the earliest and latest the sources give, events as marks, and the
 * context periods as bands. A pure layout in SVG user units; the component draws it.
 */
import { parsePartialDate } from '../../shared/dates';

export interface ChartLaneInput {
  id: string;
  title: string;
  href: string;
  /** Every founding date the sources give (the first is the one the entry states). */
  founded: string[];
  ended?: string | undefined;
  events: { date: string; label: string; href: string }[];
}

export interface ChartBandInput {
  id: string;
  /** Its short name ("December 1986"). */
  title: string;
  href: string;
  start: string;
  end?: string | undefined;
}

export interface ChartMark {
  x: number;
  date: string;
  label: string;
  href: string;
}

export interface ChartLane {
  id: string;
  title: string;
  href: string;
  /** Top of the lane's bar. */
  y: number;
  /** The uncertain or disputed founding, when it spans more than a month: hatched. */
  uncertain?: { x1: number; x2: number };
  /** The known life span: solid. */
  solid: { x1: number; x2: number };
  /** No end date recorded: the bar runs off the chart's end. */
  open: boolean;
  marks: ChartMark[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the lanes' bars start (after their titles). */
  left: number;
  laneHeight: number;
  barHeight: number;
  ticks: { year: number; x: number }[];
  bands: { id: string; title: string; href: string; x1: number; x2: number }[];
  lanes: ChartLane[];
}

/** A partial date as a fractional year: where its period starts, or ends ("1990-05" ends at the start of June). */
export function yearAt(date: string, edge: 'start' | 'end'): number {
  const d = parsePartialDate(date);
  if (!d) throw new Error(`"${date}" is not a date`);
  const from = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  const to =
    d.day !== undefined
      ? from + 86_400_000
      : d.month !== undefined
        ? Date.UTC(d.year, d.month, 1)
        : Date.UTC(d.year + 1, 0, 1);
  const t = edge === 'start' ? from : to;
  const year = new Date(t).getUTCFullYear();
  const y0 = Date.UTC(year, 0, 1);
  return year + (t - y0) / (Date.UTC(year + 1, 0, 1) - y0);
}

/** Longer than any month: a date given to the month is precise enough to draw as a point. */
const MONTH = 32 / 365;

/**
 * Lays out the chart over the years [from, to) at the given width. Lanes keep the order given; marks of events
 * outside the years are left out, and spans are clipped to them.
 */
export function layoutTimelineChart(
  lanes: ChartLaneInput[],
  bands: ChartBandInput[],
  {
    from,
    to,
    width = 720,
    left = 172,
    laneHeight = 34,
    barHeight = 12,
    top = 24,
  }: { from: number; to: number; width?: number; left?: number; laneHeight?: number; barHeight?: number; top?: number },
): ChartLayout {
  const right = 12;
  const clamp = (year: number) => Math.min(Math.max(year, from), to);
  const x = (year: number) =>
    Math.round((left + ((clamp(year) - from) / (to - from)) * (width - left - right)) * 10) / 10;
  const inside = (date: string) => yearAt(date, 'end') > from && yearAt(date, 'start') < to;
  const ticks = Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, x: x(from + i) }));
  const laid = lanes.map((lane, i): ChartLane => {
    const starts = lane.founded.map((d) => yearAt(d, 'start'));
    const ends = lane.founded.map((d) => yearAt(d, 'end'));
    const earliest = Math.min(...starts);
    const latest = Math.max(...ends);
    const uncertain = latest - earliest > MONTH + 1e-9;
    const end = lane.ended ? yearAt(lane.ended, 'end') : to;
    const shown: ChartLane = {
      id: lane.id,
      title: lane.title,
      href: lane.href,
      y: top + i * laneHeight + (laneHeight - barHeight) / 2,
      solid: { x1: x(uncertain ? latest : earliest), x2: x(end) },
      open: !lane.ended,
      marks: lane.events
        .filter((e) => inside(e.date))
        .map((e) => ({
          x: x((yearAt(e.date, 'start') + yearAt(e.date, 'end')) / 2),
          date: e.date,
          label: e.label,
          href: e.href,
        })),
    };
    if (uncertain) shown.uncertain = { x1: x(earliest), x2: x(latest) };
    return shown;
  });
  return {
    width,
    height: top + lanes.length * laneHeight + 8,
    left,
    laneHeight,
    barHeight,
    ticks,
    bands: bands
      .filter((b) => inside(b.start) || (b.end !== undefined && inside(b.end)))
      .map((b) => {
        const x1 = x(yearAt(b.start, 'start'));
        // A band of a few days is still drawn wide enough to see and to point at.
        const x2 = Math.max(x(yearAt(b.end ?? b.start, 'end')), x1 + 3);
        return { id: b.id, title: b.title, href: b.href, x1, x2 };
      }),
    lanes: laid,
  };
}

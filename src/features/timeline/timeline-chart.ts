/**
 * The timeline chart: one lane per movement from its founding to its end, founding dates that are uncertain or
 * disputed drawn as a hatched span between the earliest and latest the sources give, events as marks, and the
 * context periods as bands. Lanes come in groups under headings (the spectrum's orientations), and their titles are
 * measured (text-width.ts) and broken onto two lines where they would run into the bars. Two shapes: titles beside
 * the bars (a wide screen, print) or above them (a phone). A pure layout in SVG user units; the component draws it.
 */
import { parsePartialDate } from '../../shared/dates';
import { textWidth } from '../../shared/text-width';

export interface ChartLaneInput {
  id: string;
  title: string;
  href: string;
  /** Every founding date the sources give (the first is the one the entry states). */
  founded: string[];
  ended?: string | undefined;
  events: { date: string; label: string; href: string }[];
  /** The group the lane is drawn in (an id of the layout's `groups`). */
  group?: string;
}

/** A group of lanes, drawn under its heading. */
export interface ChartGroupInput {
  id: string;
  label: string;
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
  /** The title as it is broken onto lines, where its first line's baseline is, and how it is aligned. */
  titleLines: string[];
  titleX: number;
  titleY: number;
  titleAnchor: 'start' | 'end';
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
  /** Where the lanes' bars start (after their titles, or at the margin when titles stand above the bars). */
  left: number;
  barHeight: number;
  /** The type size of titles, headings and years, and the distance between a title's lines. */
  fontSize: number;
  lineHeight: number;
  ticks: { year: number; x: number }[];
  /** The years written under the chart: every year, or every other one where they would crowd. */
  years: { year: number; x: number }[];
  /** The groups' headings: text at (x, y), and a rule across the chart under it. */
  headings: { id: string; label: string; x: number; y: number; ruleY: number }[];
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

/** A title broken at its spaces into lines no wider than `max` (a longer word keeps its line). */
export function breakTitle(title: string, max: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** How the chart is drawn: its width, and whether the lanes' titles stand beside the bars or above them. */
export interface ChartShape {
  from: number;
  to: number;
  width?: number;
  /** Titles beside the bars ('left'), above them ('above'), or none (a movement's own lane, as an image). */
  titles?: 'left' | 'above' | 'none';
  /** Where the bars start when titles stand beside them: at most this, less when the titles are short. */
  left?: number;
  barHeight?: number;
  fontSize?: number;
  top?: number;
  groups?: ChartGroupInput[];
}

/**
 * Lays out the chart over the years [from, to) at the given width. Lanes keep the order given, group by group in
 * the groups' order when groups are given; marks of events outside the years are left out, and spans are clipped to
 * them.
 */
export function layoutTimelineChart(
  lanes: ChartLaneInput[],
  bands: ChartBandInput[],
  {
    from,
    to,
    width = 720,
    titles = 'left',
    left: maxLeft = 172,
    barHeight = 12,
    fontSize = 13,
    top = 24,
    groups = [],
  }: ChartShape,
): ChartLayout {
  const right = 12;
  const margin = 4;
  const lineHeight = Math.round(fontSize * 1.2 * 10) / 10;
  const beside = titles !== 'above';
  // Beside the bars, titles take what the widest needs, up to maxLeft; a longer title is broken onto two lines.
  const titleRoom = beside ? maxLeft - 8 - margin : width - 2 * margin;
  const widest = Math.max(0, ...lanes.map((l) => textWidth(l.title, fontSize)));
  const left =
    titles === 'none' ? maxLeft : beside ? Math.ceil(Math.min(maxLeft, Math.max(widest + 8 + margin, 60))) : margin;
  const clamp = (year: number) => Math.min(Math.max(year, from), to);
  const x = (year: number) =>
    Math.round((left + ((clamp(year) - from) / (to - from)) * (width - left - right)) * 10) / 10;
  const inside = (date: string) => yearAt(date, 'end') > from && yearAt(date, 'start') < to;
  const ticks = Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, x: x(from + i) }));
  const yearWidth = textWidth('0000', fontSize) + 6;
  const every = (ticks[1]?.x ?? width) - (ticks[0]?.x ?? 0) >= yearWidth ? 1 : 2;
  const years = ticks
    .slice(0, -1)
    .filter((_, i) => i % every === 0)
    .map((t) => ({ year: t.year, x: Math.round((t.x + x(t.year + every)) * 5) / 10 }));
  // Lanes in their groups' order (a lane with no group, or when no groups are given, in one group of its own).
  const order = groups.length
    ? groups.map((g) => ({ group: g as ChartGroupInput | undefined, lanes: lanes.filter((l) => l.group === g.id) }))
    : [{ group: undefined, lanes }];
  const headings: ChartLayout['headings'] = [];
  const laid: ChartLane[] = [];
  let y = top;
  for (const { group, lanes: members } of order.filter((g) => g.lanes.length > 0)) {
    if (group) {
      // A little room above each heading but the first, then its baseline, then a rule under it across the chart.
      if (headings.length > 0) y += 6;
      headings.push({ id: group.id, label: group.label, x: margin, y: y + fontSize, ruleY: y + fontSize + 5 });
      y += fontSize + 12;
    }
    for (const lane of members) {
      const titleLines =
        textWidth(lane.title, fontSize) <= titleRoom ? [lane.title] : breakTitle(lane.title, titleRoom, fontSize);
      const extra = (titleLines.length - 1) * lineHeight;
      // Beside: the bar in the middle of the lane, the title's lines centred on it. Above: the title, then the bar.
      const height = beside ? 34 + extra : fontSize * 1.2 + extra + barHeight + 14;
      const barY = beside ? y + (height - barHeight) / 2 : y + fontSize * 1.2 + extra + 4;
      const titleY = beside ? barY + barHeight / 2 + fontSize * 0.35 - extra / 2 : y + fontSize;
      laid.push(laneAt(lane, barY, titleLines, beside ? left - 8 : margin, titleY, beside ? 'end' : 'start'));
      y += height;
    }
  }
  function laneAt(
    lane: ChartLaneInput,
    barY: number,
    titleLines: string[],
    titleX: number,
    titleY: number,
    titleAnchor: 'start' | 'end',
  ): ChartLane {
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
      titleLines,
      titleX,
      titleY: Math.round(titleY * 10) / 10,
      titleAnchor,
      y: Math.round(barY * 10) / 10,
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
  }
  return {
    width,
    height: Math.ceil(y + 8),
    left,
    barHeight,
    fontSize,
    lineHeight,
    ticks,
    years,
    headings,
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

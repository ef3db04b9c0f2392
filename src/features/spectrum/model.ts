/**
 * The map of the movements: where each sits on the report's spectrum and how they are related,
 * as plain geometry for an inline SVG. Kazakh national movements stand on the left and
 * Russian-speaking ones on the right, each column in order of founding; civic and environmental
 * movements and the interethnic ones of its note 26, which the report discusses apart from that spectrum, stand in a
 * band below. Relations run straight where nothing stands between their boxes, and otherwise through the gutter
 * between the columns, each in a lane of its own, so that no line crosses a box. Two shapes: wide, and narrow for a
 * phone with larger type.
 */
import { comparePartialDates } from '../../shared/dates';
import { textWidth } from '../../shared/text-width';
import type { Orientation, RelationType } from '../../schemas';
import { ORIENTATION_LABELS } from './orientations';

// How the page names each orientation: shown beside the map and in an entry's infobox.
export { ORIENTATION_LABELS };

export interface MapMovement {
  id: string;
  title: string;
  orientation: Orientation;
  founded: string;
  /** Other founding dates the sources give: the label shows their years too ("founded 1990 or 1992"). */
  otherFounded?: string[];
  ended?: string | undefined;
}

/** A relation as declared: `from` declares `type` towards `to` ("lad successor-of unity"). */
export interface MapRelation {
  from: string;
  type: RelationType;
  to: string;
}

export interface MapNode {
  id: string;
  title: string;
  /** The title broken into lines that fit the box (a long title wraps instead of running out of it). */
  lines: string[];
  /** "1989", "1990–1992": the years the movement is known to span, and that text as broken to fit the box. */
  years: string;
  yearsLines: string[];
  orientation: Orientation;
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  type: RelationType;
  /** Arrows run forward in time: from the predecessor or source to the successor or offshoot. */
  from: string;
  to: string;
  directed: boolean;
  /** Where the line starts and ends (the end short of the box by the arrowhead's room where it is directed). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The line as SVG path data: straight, or out into the gutter, along it and in again. */
  d: string;
}

export interface MovementMapLayout {
  /** The shape it was laid out in (type sizes, box size). */
  shape: MapShape;
  width: number;
  height: number;
  /** The spectrum axis, drawn across the top. */
  axis: { x1: number; x2: number; y: number; left: string; right: string };
  /** The line and label that set the civic band apart; absent when there is no civic movement. */
  band?: { y: number; label: string; labelX: number; labelY: number };
  nodes: MapNode[];
  edges: MapEdge[];
}

/** How each relation is drawn: its arrow direction, and the legend's words for it. */
export const EDGE_STYLE: Record<RelationType, { directed: boolean; reversed: boolean; legend: string }> = {
  'successor-of': { directed: true, reversed: true, legend: 'succeeded by' },
  'grew-out-of': { directed: true, reversed: true, legend: 'gave rise to' },
  'rival-of': { directed: false, reversed: false, legend: 'rivals' },
  'allied-with': { directed: false, reversed: false, legend: 'allies' },
};

/** How a rendering of the map is drawn; sizes in SVG units. */
export interface MapShape {
  width: number;
  margin: number;
  nodeWidth: number;
  nodeHeight: number;
  gap: number;
  top: number;
  /** Space the arrowhead needs between a line's end and the box it points at. */
  arrowGap: number;
  /** The type sizes of the titles (semibold), the years and the axis, and the extra height per title line. */
  titleSize: number;
  yearsSize: number;
  axisSize: number;
  lineHeight: number;
  /** Characters of a title per line, for wrapLabel() where no width is measured. */
  lineChars: number;
}

/** The wide map, about 700 CSS px wide on a screen. */
export const MAP: MapShape = {
  width: 440,
  margin: 12,
  nodeWidth: 180,
  nodeHeight: 52,
  gap: 24,
  top: 60,
  arrowGap: 4,
  titleSize: 16,
  yearsSize: 13,
  axisSize: 14,
  lineHeight: 20,
  lineChars: 16,
};

/** The map as a phone shows it, 290–360 CSS px wide: type about a third larger against the boxes. */
export const NARROW_SPECTRUM: MapShape = {
  width: 320,
  margin: 6,
  nodeWidth: 136,
  nodeHeight: 48,
  gap: 22,
  top: 52,
  arrowGap: 4,
  titleSize: 14,
  yearsSize: 12,
  axisSize: 13,
  lineHeight: 17,
  lineChars: 13,
};

/**
 * Breaks a label into lines at spaces (or hyphens), each at most `max` characters or, given a function, as long as
 * it says fits (a measured width); a word longer than a line is cut.
 */
export function wrapLabel(text: string, max: number | ((line: string) => boolean)): string[] {
  const fits = typeof max === 'number' ? (line: string) => line.length <= max : max;
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((w) => {
      const parts: string[] = [];
      for (let rest = w; rest.length > 0;) {
        if (fits(rest)) {
          parts.push(rest);
          break;
        }
        // The longest start of the word that fits, ended at a hyphen where there is one.
        let cut = 1;
        while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
        const hyphen = rest.lastIndexOf('-', cut - 1);
        if (hyphen > 0) cut = hyphen + 1;
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      return parts;
    });
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const glue = last?.endsWith('-') ? '' : ' ';
    if (last !== undefined && fits(last + glue + word)) lines[lines.length - 1] = last + glue + word;
    else lines.push(word);
  }
  return lines;
}

/** A box for a movement: as tall as its title's lines need, measured in semibold at the shape's title size. */
function box(m: MapMovement, orientation: Orientation, x: number, y: number, shape: MapShape): MapNode {
  const room = shape.nodeWidth - 16;
  const lines = wrapLabel(m.title, (line) => textWidth(line, shape.titleSize, { bold: true }) <= room);
  const years = yearsOf(m);
  // The years, in regular type, may take more of the box's width than the title.
  const fitsYears = (line: string) => textWidth(line, shape.yearsSize) <= shape.nodeWidth - 8;
  // "founded 1989 or 1990" breaks after "founded" rather than before the last year.
  const rest = years.replace(/^founded /, '');
  const yearsLines = fitsYears(years)
    ? [years]
    : rest !== years && fitsYears(rest)
      ? ['founded', rest]
      : wrapLabel(years, fitsYears);
  const height =
    shape.nodeHeight + (lines.length - 1) * shape.lineHeight + (yearsLines.length - 1) * yearsLineHeight(shape);
  return { id: m.id, title: m.title, lines, years, yearsLines, orientation, x, y, width: shape.nodeWidth, height };
}

/** The distance between the baselines of the years' lines. */
export const yearsLineHeight = (shape: MapShape) => Math.round(shape.yearsSize * 1.25);

/** The orientations the report discusses apart from its Kazakh–Russian spectrum, in the order the band below shows them. */
const OFF_AXIS: readonly Orientation[] = ['civic-environmental', 'interethnic'];

function yearsOf(m: MapMovement): string {
  const start = [...new Set([m.founded, ...(m.otherFounded ?? [])].map((d) => d.slice(0, 4)))].join(' or ');
  const end = m.ended?.slice(0, 4);
  return end ? (end === start ? start : `${start}–${end}`) : `founded ${start}`;
}

function byFounding(a: MapMovement, b: MapMovement): number {
  return comparePartialDates(a.founded, b.founded) || a.title.localeCompare(b.title, 'en');
}

/** The point where the line from a box's centre towards (tx, ty) leaves the box, pushed out by `pad`. */
export function exitPoint(node: MapNode, tx: number, ty: number, pad = 0): { x: number; y: number } {
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx ? (node.width / 2 + pad) / Math.abs(dx) : Infinity,
    dy ? (node.height / 2 + pad) / Math.abs(dy) : Infinity,
  );
  return { x: round(cx + dx * scale), y: round(cy + dy * scale) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Places the movements and their relations. Pure: the same input always gives the same picture. */
export function layoutMovementMap(
  movements: MapMovement[],
  relations: MapRelation[],
  shape: MapShape = MAP,
): MovementMapLayout {
  const { width, margin, nodeWidth, gap, top } = shape;
  const columnX = { left: margin, right: width - margin - nodeWidth };
  const nodes: MapNode[] = [];
  let bottom: number = top;
  for (const [orientation, x] of [
    ['kazakh-national', columnX.left],
    ['russian-speaking', columnX.right],
  ] as const) {
    let y: number = top;
    for (const m of movements.filter((x) => x.orientation === orientation).sort(byFounding)) {
      const node = box(m, orientation, x, y, shape);
      nodes.push(node);
      y += node.height + gap;
      bottom = Math.max(bottom, node.y + node.height);
    }
  }
  const civic = movements
    .filter((m) => OFF_AXIS.includes(m.orientation))
    .sort((a, b) => OFF_AXIS.indexOf(a.orientation) - OFF_AXIS.indexOf(b.orientation) || byFounding(a, b));
  let band: MovementMapLayout['band'];
  if (civic.length) {
    const lineY = bottom + gap;
    const label = [...new Set(civic.map((m) => ORIENTATION_LABELS[m.orientation]))].join(' · ');
    band = { y: lineY, label, labelX: margin, labelY: lineY + shape.axisSize + 6 };
    let y = lineY + shape.axisSize + 16;
    for (let i = 0; i < civic.length; i += 2) {
      // Two to a row: a lone movement is centred, pairs take the two columns; a row is as tall as its taller box.
      const row = civic.slice(i, i + 2).map((m, j, pair) => {
        const x = pair.length === 1 ? (width - nodeWidth) / 2 : j === 0 ? columnX.left : columnX.right;
        return box(m, m.orientation, x, y, shape);
      });
      nodes.push(...row);
      bottom = y + Math.max(...row.map((n) => n.height));
      y = bottom + gap;
    }
  }
  return {
    shape,
    width,
    height: bottom + margin,
    axis: { x1: margin, x2: width - margin, y: 36, left: 'Kazakh national', right: 'Russian-speaking' },
    ...(band ? { band } : {}),
    nodes,
    edges: routeEdges(nodes, relations, shape),
  };
}

/**
 * The relations' lines. Between boxes one above the other in a column with nothing between, or facing each other
 * across the gutter, a line runs straight; otherwise it leaves its box towards the gutter, runs along the gutter in
 * a lane no other line takes over the same stretch, and enters the other box from the gutter's side. Lines that
 * share a side of a box leave it at points spread along that side.
 */
function routeEdges(nodes: MapNode[], relations: MapRelation[], shape: MapShape): MapEdge[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const gutterX = shape.width / 2;
  const centred = (n: MapNode) => Math.abs(n.x + n.width / 2 - gutterX) < 1;
  // The side of a box that faces the gutter: right for the left column, left for the right one, top for a centred box.
  const facing = (n: MapNode) => (centred(n) ? 'top' : n.x + n.width / 2 < gutterX ? 'right' : 'left');
  const between = (a: MapNode, b: MapNode) =>
    nodes.some((n) => n !== a && n !== b && n.x === a.x && n.y > Math.min(a.y, b.y) && n.y < Math.max(a.y, b.y));
  interface Plan {
    r: MapRelation;
    directed: boolean;
    from: MapNode;
    to: MapNode;
    kind: 'vertical' | 'across' | 'gutter';
  }
  const plans: Plan[] = [];
  for (const r of relations) {
    const style = EDGE_STYLE[r.type];
    const [fromId, toId] = style.reversed ? [r.to, r.from] : [r.from, r.to];
    const from = at.get(fromId);
    const to = at.get(toId);
    if (!from || !to) continue;
    const overlapY = Math.min(from.y + from.height, to.y + to.height) - Math.max(from.y, to.y);
    const kind =
      from.x === to.x && !between(from, to)
        ? 'vertical'
        : from.x !== to.x && !centred(from) && !centred(to) && overlapY > 12
          ? 'across'
          : 'gutter';
    plans.push({ r, directed: style.directed, from, to, kind });
  }
  // Points along each box's gutter side, spread for the lines that use it, in order of where they go.
  const uses = new Map<string, Plan[]>();
  for (const p of plans.filter((p) => p.kind !== 'vertical'))
    for (const n of [p.from, p.to]) uses.set(n.id, [...(uses.get(n.id) ?? []), p]);
  const other = (p: Plan, n: MapNode) => (p.from === n ? p.to : p.from);
  const port = (p: Plan, n: MapNode): { x: number; y: number } => {
    const list = (uses.get(n.id) ?? []).sort((a, b) => other(a, n).y - other(b, n).y);
    const k = list.indexOf(p);
    const spread = (k - (list.length - 1) / 2) * 8;
    const side = facing(n);
    if (side === 'top') return { x: n.x + n.width / 2 + spread, y: n.y };
    return { x: side === 'right' ? n.x + n.width : n.x, y: n.y + n.height / 2 + spread };
  };
  // Gutter lanes: each line's vertical stretch takes the first lane free over it; the lanes then share the gutter,
  // spreading out from its middle, 6 units apart or closer where there are many.
  const lanes: [number, number][][] = [];
  const laneOf = new Map<Plan, number>();
  for (const p of plans.filter((p) => p.kind === 'gutter')) {
    const a = port(p, p.from).y;
    const b = port(p, p.to).y;
    const [y0, y1] = [Math.min(a, b), Math.max(a, b)];
    let k = lanes.findIndex((lane) => lane.every(([s, e]) => e < y0 - 4 || s > y1 + 4));
    if (k < 0) k = lanes.push([]) - 1;
    lanes[k]!.push([y0, y1]);
    laneOf.set(p, k);
  }
  const gutter = shape.width - 2 * (shape.margin + shape.nodeWidth);
  const spacing = Math.min(6, (gutter - 6) / Math.max(lanes.length, 1));
  const laneX = (k: number) => gutterX + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * spacing;
  const edges: MapEdge[] = [];
  for (const p of plans) {
    const pull = p.directed ? shape.arrowGap : 0;
    let d: string;
    let start: { x: number; y: number };
    let end: { x: number; y: number };
    if (p.kind === 'vertical') {
      const down = p.to.y > p.from.y;
      const cx = p.from.x + p.from.width / 2;
      start = { x: cx, y: down ? p.from.y + p.from.height : p.from.y };
      end = { x: cx, y: down ? p.to.y - pull : p.to.y + p.to.height + pull };
      d = `M${round(start.x)} ${round(start.y)}V${round(end.y)}`;
    } else {
      start = port(p, p.from);
      const into = port(p, p.to);
      const fromTop = facing(p.from) === 'top';
      if (p.kind === 'across') {
        const y = into.y;
        const rightward = into.x > start.x;
        start = { x: start.x, y };
        end = { x: into.x + (rightward ? -pull : pull), y };
        d = `M${round(start.x)} ${round(y)}H${round(end.x)}`;
      } else {
        const x = laneX(laneOf.get(p)!);
        if (fromTop) {
          // A centred box spans the gutter: the line leaves its top straight up the lane.
          start = { x, y: start.y };
          const rightward = into.x > x;
          end = { x: into.x + (rightward ? -pull : pull), y: into.y };
          d = `M${round(x)} ${round(start.y)}V${round(into.y)}H${round(end.x)}`;
        } else if (facing(p.to) === 'top') {
          end = { x, y: into.y - pull };
          d = `M${round(start.x)} ${round(start.y)}H${round(x)}V${round(end.y)}`;
        } else {
          const rightward = into.x > x;
          end = { x: into.x + (rightward ? -pull : pull), y: into.y };
          d = `M${round(start.x)} ${round(start.y)}H${round(x)}V${round(into.y)}H${round(end.x)}`;
        }
      }
    }
    edges.push({
      type: p.r.type,
      from: p.from.id,
      to: p.to.id,
      directed: p.directed,
      x1: round(start.x),
      y1: round(start.y),
      x2: round(end.x),
      y2: round(end.y),
      d,
    });
  }
  return edges;
}

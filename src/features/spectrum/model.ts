/**
 * The map of the movements: where each sits on the report's spectrum and how they are related,
 * as plain geometry for an inline SVG. Kazakh national movements stand on the left and
 * Russian-speaking ones on the right, each column in order of founding; civic and environmental
 * movements, which the report discusses apart from that spectrum, stand in a band below.
 */
import { comparePartialDates } from '../../shared/dates';
import type { Orientation, RelationType } from '../../schemas';

// How the page names each orientation: shown beside the map and in an entry's infobox.
export { ORIENTATION_LABELS } from './orientations';

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
  /** "1989", "1990–1992": the years the movement is known to span. */
  years: string;
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
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MovementMapLayout {
  width: number;
  height: number;
  /** The spectrum axis, drawn across the top. */
  axis: { x1: number; x2: number; y: number; left: string; right: string };
  /** The line and label that set the civic band apart; absent when there is no civic movement. */
  band?: { y: number; label: string; labelY: number };
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

export const MAP = {
  width: 440,
  margin: 12,
  nodeWidth: 190,
  nodeHeight: 54,
  gap: 32,
  top: 60,
  /** Space the arrowhead needs between a line's end and the box it points at. */
  arrowGap: 4,
  /**
   * Characters of a title per line: the box's inner width (~174 px) over an average glyph of 16 px semibold
   * sans-serif. The reader's own font draws it (Noto, DejaVu, Segoe UI, Helvetica…), so this allows for the widest
   * common one, DejaVu Sans (~10 px): "Nevada-Semipalatinsk" breaks at its hyphen.
   */
  lineChars: 16,
  /** Extra height per title line after the first. */
  lineHeight: 20,
} as const;

/** Breaks a label into lines of at most `max` characters, at spaces (or hyphens); a longer word is cut. */
export function wrapLabel(text: string, max: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((w) => {
      const parts: string[] = [];
      for (let rest = w; rest.length > 0;) {
        if (rest.length <= max) {
          parts.push(rest);
          break;
        }
        const hyphen = rest.lastIndexOf('-', max - 1);
        const cut = hyphen > 0 ? hyphen + 1 : max;
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      return parts;
    });
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const glue = last?.endsWith('-') ? '' : ' ';
    if (last !== undefined && last.length + glue.length + word.length <= max)
      lines[lines.length - 1] = last + glue + word;
    else lines.push(word);
  }
  return lines;
}

/** A box for a movement: as tall as its title's lines need. */
function box(m: MapMovement, orientation: Orientation, x: number, y: number): MapNode {
  const lines = wrapLabel(m.title, MAP.lineChars);
  const height = MAP.nodeHeight + (lines.length - 1) * MAP.lineHeight;
  return { id: m.id, title: m.title, lines, years: yearsOf(m), orientation, x, y, width: MAP.nodeWidth, height };
}

const COLUMN_X: Record<Exclude<Orientation, 'civic-environmental'>, number> = {
  'kazakh-national': MAP.margin,
  'russian-speaking': MAP.width - MAP.margin - MAP.nodeWidth,
};

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
export function layoutMovementMap(movements: MapMovement[], relations: MapRelation[]): MovementMapLayout {
  const nodes: MapNode[] = [];
  let bottom: number = MAP.top;
  for (const orientation of ['kazakh-national', 'russian-speaking'] as const) {
    let y: number = MAP.top;
    for (const m of movements.filter((x) => x.orientation === orientation).sort(byFounding)) {
      const node = box(m, orientation, COLUMN_X[orientation], y);
      nodes.push(node);
      y += node.height + MAP.gap;
      bottom = Math.max(bottom, node.y + node.height);
    }
  }
  const civic = movements.filter((m) => m.orientation === 'civic-environmental').sort(byFounding);
  let band: MovementMapLayout['band'];
  if (civic.length) {
    const lineY = bottom + MAP.gap;
    band = { y: lineY, label: 'Civic and environmental', labelY: lineY + 22 };
    let y = lineY + 36;
    for (let i = 0; i < civic.length; i += 2) {
      // Two to a row: a lone movement is centred, pairs take the two columns; a row is as tall as its taller box.
      const row = civic.slice(i, i + 2).map((m, j, pair) => {
        const x =
          pair.length === 1
            ? (MAP.width - MAP.nodeWidth) / 2
            : j === 0
              ? COLUMN_X['kazakh-national']
              : COLUMN_X['russian-speaking'];
        return box(m, 'civic-environmental', x, y);
      });
      nodes.push(...row);
      bottom = y + Math.max(...row.map((n) => n.height));
      y = bottom + MAP.gap;
    }
  }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: MapEdge[] = [];
  for (const r of relations) {
    const style = EDGE_STYLE[r.type];
    const [fromId, toId] = style.reversed ? [r.to, r.from] : [r.from, r.to];
    const from = at.get(fromId);
    const to = at.get(toId);
    if (!from || !to) continue;
    const start = exitPoint(from, to.x + to.width / 2, to.y + to.height / 2);
    const end = exitPoint(to, from.x + from.width / 2, from.y + from.height / 2, style.directed ? MAP.arrowGap : 0);
    edges.push({
      type: r.type,
      from: fromId,
      to: toId,
      directed: style.directed,
      x1: start.x,
      y1: start.y,
      x2: end.x,
      y2: end.y,
    });
  }
  return {
    width: MAP.width,
    height: bottom + MAP.margin,
    axis: { x1: MAP.margin, x2: MAP.width - MAP.margin, y: 36, left: 'Kazakh national', right: 'Russian-speaking' },
    ...(band ? { band } : {}),
    nodes,
    edges,
  };
}

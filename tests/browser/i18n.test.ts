// The languages in Chromium: the language switcher at 390 px (every language it lists one tap away, no sideways
// scroll, the current one marked), axe on the Kazakh and Russian pages, and search in Russian and Kazakh finding the
// translated entry from its own language's index.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = servedSite();

describe('the language switcher at 390 px', () => {
  test.each(['/context/december-1986/', '/kk/context/december-1986/', '/ru/context/december-1986/'])(
    '%s: lists the three languages, marks the current one, and fits the screen',
    async (url) => {
      const { page, problems, close } = await site.open(url, { width: 390 });
      const links = page.locator('nav.language-switcher a');
      expect(await links.count()).toBe(3);
      expect(await page.locator('nav.language-switcher a[aria-current="true"]').getAttribute('href')).toBe(url);
      for (let i = 0; i < 3; i++) {
        const box = (await links.nth(i).boundingBox())!;
        expect(box.x + box.width, url).toBeLessThanOrEqual(390);
        expect(box.height, url).toBeGreaterThan(0);
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      // Following it lands on the page in that language.
      await page.locator('nav.language-switcher a[hreflang="kk"]').click();
      await page.waitForURL(/\/kk\/context\/december-1986\/$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('kk');
      await close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the Kazakh and Russian pages', () => {
  test('have no axe violations (WCAG 2.2 A/AA)', async () => {
    const found: string[] = [];
    for (const url of [
      '/kk/',
      '/ru/',
      '/kk/context/',
      '/ru/movements/',
      '/kk/context/december-1986/',
      '/ru/context/december-1986/',
      '/kk/search/',
    ]) {
      const { page, close } = await site.open(url, { waitUntil: 'networkidle' });
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate(`axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
      })`)) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      found.push(
        ...result.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      );
      await close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});

describe('search in Russian and Kazakh', () => {
  test.each([
    ['/ru/search/?q=Шаханов', '/ru/context/december-1986/'],
    ['/kk/search/?q=Желтоқсан', '/kk/context/december-1986/'],
  ])(
    '%s finds the translated entry, and only pages in its language',
    async (url, expected) => {
      const { page, close } = await site.open(url, { waitUntil: 'networkidle' });
      const results = page.locator('.pagefind-ui__result-link');
      await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(expected);
      const lang = expected.split('/')[1]!;
      expect(
        hrefs.every((h) => h.startsWith(`/${lang}/`)),
        hrefs.join(' '),
      ).toBe(true);
      await close();
    },
    60_000,
  );
});

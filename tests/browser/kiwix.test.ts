// Each ZIM file of the test build served by kiwix-serve on 127.0.0.1 and read in Chromium as a Kiwix reader reads
// it: a movement page with its text, notes, back-links, links and image, and the file's full-text search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { entryPath, ZIM_LANGUAGES } from '../../src/features/zim/model';
import { recordProblems } from '../support/problems';
import { sharedBrowser } from '../support/served';
import { kiwixServe, zimsOf } from '../support/zim';

/** What to read in each language's file: a movement page, and names it gives, in each script the language uses. */
const READINGS: Record<string, { page: string; heading: string; text: string; names: string[] }> = {
  en: {
    page: 'movements/lad/',
    heading: 'Lad',
    text: 'Its full name calls it a Slavic movement',
    // The English site names people in Latin letters and, on first use, in Cyrillic.
    names: ['Kramarenko', 'Крамаренко'],
  },
};

const zims = zimsOf(inject('distDir'));

test('every language of the site has a ZIM file and a reading for this test', () => {
  expect(zims.map((z) => z.lang)).toEqual(ZIM_LANGUAGES.map((l) => l.lang));
  for (const { lang } of zims) expect(READINGS[lang], lang).toBeDefined();
});

describe.each(zims.map((z) => [z.lang, z] as const))('the %s ZIM in kiwix-serve', (lang, zim) => {
  const reading = READINGS[lang]!;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof kiwixServe>>;
  beforeAll(async () => {
    [browser, server] = await Promise.all([sharedBrowser(), kiwixServe(zim.file)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const book = () => `${server.url}${server.book}/`;

  /** A page of the file; waits are long, for a busy machine with two cores. */
  async function open(sitePath: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    const problems = recordProblems(page, server.url);
    await page.goto(book() + entryPath(sitePath), { waitUntil: 'load' });
    return { page, problems };
  }

  test('a movement page shows its text, styled, with its image, and loads nothing from outside the server', async () => {
    const { page, problems } = await open(reading.page);
    expect(await page.locator('h1').first().textContent()).toContain(reading.heading);
    expect(await page.locator('main').textContent()).toContain(reading.text);
    // The site's own stylesheet is there and read (Kiwix adds stylesheets of its own).
    const rules = await page.evaluate(() =>
      [...document.styleSheets].filter((s) => s.href?.includes('/_astro/')).map((s) => s.cssRules.length),
    );
    expect(rules.length).toBeGreaterThan(0);
    for (const count of rules) expect(count).toBeGreaterThan(10);
    const image = page.locator('main img').first();
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('every note mark leads to its note, and every back-link of a note to a mark in the text', async () => {
    const { page } = await open(reading.page);
    const { marks, backlinks } = await page.evaluate(() => {
      const target = (a: Element) => document.getElementById(a.getAttribute('href')!.slice(1));
      return {
        marks: [...document.querySelectorAll('a[role="doc-noteref"]')].map((a) => target(a)?.tagName ?? 'none'),
        backlinks: [...document.querySelectorAll('a[role="doc-backlink"]')].map(
          (a) => target(a)?.getAttribute('role') ?? 'none',
        ),
      };
    });
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks)).toEqual(new Set(['LI']));
    expect(backlinks.length).toBeGreaterThanOrEqual(new Set(marks).size);
    expect(new Set(backlinks)).toEqual(new Set(['doc-noteref']));

    // Following a mark and its back-link, as a reader does.
    const mark = page.locator('.entry-body a[role="doc-noteref"]').first();
    const id = await mark.getAttribute('id');
    const note = (await mark.getAttribute('href'))!;
    await mark.click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 30_000 }).toBe(note);
    await page.locator(`${note} a[role="doc-backlink"][href="#${id}"]`).click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 30_000 }).toBe(`#${id}`);
    await page.close();
  });

  test('a link in the text leads to another entry inside the file', async () => {
    const { page, problems } = await open(reading.page);
    // A link to a sibling entry ("../unity/index.html"), not to the site's other pages ("../../people/…").
    const link = page.locator('.entry-body a[href^="../"][href$="/index.html"]:not([href^="../../"])').first();
    const name = (await link.textContent())!.trim();
    await Promise.all([page.waitForURL((url) => !url.href.endsWith(entryPath(reading.page))), link.click()]);
    expect(page.url().startsWith(book())).toBe(true);
    expect(await page.locator('h1').first().textContent()).toContain(name);
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(reading.names)('the full-text search finds the page by the name “%s”', async (name) => {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    const query = new URLSearchParams({ content: server.book, pattern: name });
    await page.goto(`${server.url}search?${query}`);
    const results = await page.locator('.results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(results).toContain(`/${server.book}/${entryPath(reading.page)}`);
    await page.close();
  });
});

// Search in Chromium over the built site served with its own _headers (so its CSP is enforced).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { searchAgain, searchResults } from '../support/search';
import { recordProblems } from '../support/problems';
import { serve } from '../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(inject('distDir'), '/', { headers: true })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records console errors (CSP violations among them) and failed or off-site requests. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = recordProblems(page, server.url);
  await page.goto(new URL(path.slice(1), server.url).href);
  return { page, problems, close: () => context.close() };
}

const paths = (results: { href: string }[]) => results.map((r) => new URL(r.href).pathname);

describe('names in every spelling', () => {
  const cases: [string, string][] = [
    ['Zheltoqsan', '/movements/zheltoqsan/'],
    ['Jeltoqsan', '/movements/zheltoqsan/'],
    ['Zheltoksan', '/movements/zheltoqsan/'],
    ['Желтоқсан', '/movements/zheltoqsan/'],
    ['Желтоксан', '/movements/zheltoqsan/'],
    ['Nevada-Semipalatinsk', '/movements/nevada-semipalatinsk/'],
    ['Невада–Семипалатинск', '/movements/nevada-semipalatinsk/'],
    ['Semey', '/movements/nevada-semipalatinsk/'],
    ['Edinstvo', '/movements/unity/'],
    ['Единство', '/movements/unity/'],
    ['December 1986', '/context/december-1986/'],
  ];
  test('each spelling finds the right page first, with no console errors under the CSP', async () => {
    const [first, ...rest] = cases;
    const { page, problems, close } = await open(`/search/?q=${encodeURIComponent(first![0])}`);
    const wrong: string[] = [];
    for (const [query, expected] of cases) {
      const results = paths(query === first![0] ? await searchResults(page, query) : await searchAgain(page, query));
      if (results[0] !== expected) wrong.push(`${query} → ${results.slice(0, 3).join(', ') || 'nothing'}`);
    }
    expect(rest.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the search page', () => {
  test('the header search box takes a query to the results', async () => {
    const { page, problems, close } = await open('/movements/lad/');
    await page.fill('#site-search', 'Harmony');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=Harmony$/);
    expect(paths(await searchResults(page, 'Harmony'))[0]).toBe('/movements/lad/');
    expect(problems).toEqual([]);
    await close();
  });
  test('a result links to the heading of the section that matches, and the link lands there', async () => {
    const { page, close } = await open('/search/?q=Shakhanov%20commission');
    const results = await searchResults(page, 'Shakhanov commission');
    const target = results.flatMap((r) => r.headings).find((h) => h.includes('/context/december-1986/#'));
    expect(target).toBeDefined();
    const id = decodeURIComponent(new URL(target!).hash.slice(1));
    await page.click(`a.pagefind-ui__result-link[href$="#${id}"]`);
    await page.waitForURL(target!);
    const heading = await page.evaluate((id) => document.getElementById(id)?.tagName, id);
    expect(heading).toMatch(/^H[2-6]$/);
    await close();
  });
  test('loads Pagefind only when used: no other page requests it', async () => {
    const { page, close } = await open('/movements/zheltoqsan/');
    await page.waitForLoadState('networkidle');
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await close();
  });
  test('without JavaScript it says search needs it and offers the indexes', async () => {
    const { page, close } = await open('/search/?q=Zheltoqsan', { javaScriptEnabled: false });
    expect(await page.locator('main').innerText()).toMatch(/needs JavaScript, which is turned off/);
    const links = await page.locator('main nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/movements/', '/context/', '/people/', '/glossary/', '/sources/']);
    await close();
  });
});

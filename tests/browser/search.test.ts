// Search in Chromium over the built site served with its own _headers (so its CSP is enforced).
import { describe, expect, test } from 'vitest';
import { searchAgain, searchResults } from '../support/search';
import { servedSite } from '../support/served';

// Served with the build's own _headers, so its CSP is enforced: a CSP violation is a console error.
const site = servedSite({ headers: true });
const open = site.open;

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

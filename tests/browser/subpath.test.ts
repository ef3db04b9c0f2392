// The site built for a subfolder (BASE_PATH=/kz/) and served only there, with its _headers, as a CDN would:
// every page, asset, link, note target, redirect and search result must stay inside /kz/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { entryPdf, WORK_EPUB, WORK_PDF } from '../../src/features/downloads/model';
import { REDIRECTS } from '../../src/hosting/redirects';
import { launchBrowser } from '../../src/build/browser';
import { buildSite } from '../../src/build/build-site';
import { idsByUrl, readAllPages, readPages, type Page, representativePages } from '../../src/build/read-pages';
import { searchResults } from '../support/search';
import { recordProblems } from '../support/problems';
import { serve } from '../../src/build/server';

const BASE = '/kz/';
const SITE = 'https://example.org';
let root: string;
let outDir: string;
let pages: Page[];
let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kz-subpath-'));
  outDir = path.join(root, 'dist');
  const [result, launched] = await Promise.all([
    buildSite({ outDir, cacheDir: path.join(root, 'cache'), env: { BASE_PATH: BASE, SITE_URL: SITE } }),
    launchBrowser(),
  ]);
  browser = launched;
  if (result.code !== 0) throw new Error(`The site does not build under ${BASE}:\n${result.output}`);
  pages = readPages(outDir);
  server = await serve(outDir, BASE, { headers: true });
  context = await browser.newContext();
  // The build may first wait for others' Astro builds (withBuildLock), and prints its PDFs.
}, 1_200_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Opens a page under /kz/ and records every problem: errors (CSP ones too), failures, requests outside /kz/. */
async function open(url: string) {
  const page = await context.newPage();
  const problems = recordProblems(page, server.url);
  await page.goto(new URL(url.slice(1), server.url).href);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, problems };
}

describe(`the site under ${BASE}`, () => {
  test('every page loads all its assets from under the base path, with no errors under its CSP', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    // Four tabs at a time: page loads mostly wait on the network, not the CPU.
    const queue = representativePages(pages).map((p) => p.url);
    const tab = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const { page, problems } = await open(url);
        if ((await page.evaluate(() => document.styleSheets.length)) === 0) problems.push('no stylesheet');
        found.push(...problems.map((problem) => `${url}: ${problem}`));
        await page.close();
      }
    };
    await Promise.all([tab(), tab(), tab(), tab()]);
    expect(found).toEqual([]);
    // Every page of the site, on a busy 2-core machine: minutes, not the default's seconds.
  }, 600_000);

  test('every link and note target resolves under the base path, to a page and an id that exist', async () => {
    const ids = idsByUrl(pages);
    const broken: string[] = [];
    const checked = new Map<string, number>();
    let noteRefs = 0;
    for (const { url, $ } of readAllPages(outDir)) {
      noteRefs += $('a[role="doc-noteref"]').length;
      for (const el of $('a[href], link[href], form[action]').toArray()) {
        const raw = $(el).attr('href') ?? $(el).attr('action')!;
        if ($(el).attr('rel') === 'canonical') {
          if (!raw.startsWith(`${SITE}${BASE}`)) broken.push(`${url}: canonical ${raw}`);
          continue;
        }
        const target = new URL(raw, new URL(url.slice(1), server.url));
        if (target.origin !== new URL(server.url).origin) continue; // a cited source on another site
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${url} → ${raw} (outside ${BASE})`);
          continue;
        }
        const file = target.origin + target.pathname;
        if (!checked.has(file)) checked.set(file, (await fetch(file)).status);
        if (checked.get(file) !== 200) broken.push(`${url} → ${raw} (${checked.get(file)})`);
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && !ids.get('/' + target.pathname.slice(BASE.length))?.has(id))
          broken.push(`${url} → ${raw} (no such id)`);
      }
    }
    expect(noteRefs).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  test('a note reference in the browser lands on its note', async () => {
    const { page } = await open('/movements/lad/');
    await page.click('#ref-1');
    expect(page.url()).toBe(`${server.url}movements/lad/#note-1`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('note-1');
    await page.close();
  });

  test('a redirect page forwards to its target under the base path', async () => {
    for (const [from, to] of Object.entries(REDIRECTS)) {
      const page = await context.newPage();
      await page.goto(new URL(from.slice(1), server.url).href);
      await page.waitForURL(new URL(to.slice(1), server.url).href);
      await page.close();
    }
  });

  test('search from the header finds the page and its result link opens it', async () => {
    const { page, problems } = await open('/');
    await page.fill('#site-search', 'Zheltoqsan');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${server.url}search/?q=Zheltoqsan`);
    const [first] = await searchResults(page, 'Zheltoqsan');
    expect(first?.href).toBe(`${server.url}movements/zheltoqsan/`);
    await page.click(`a.pagefind-ui__result-link[href="${new URL(first!.href).pathname}"]`);
    await page.waitForURL(first!.href);
    expect(await page.locator('h1').innerText()).toBe('Zheltoqsan');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('robots.txt, the sitemap and the feed give full addresses under the base path', async () => {
    const robots = readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.filter((loc) => !loc.startsWith(`${SITE}${BASE}`))).toEqual([]);
    const feed = readFileSync(path.join(outDir, 'feed.xml'), 'utf8');
    const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((href) => !href.startsWith(`${SITE}${BASE}`))).toEqual([]);
    expect(readFileSync(path.join(outDir, '_redirects'), 'utf8')).toContain(
      `${BASE}movements/edinstvo/ ${BASE}movements/unity/ 301`,
    );
  });

  test('the PDFs link the site at its public address under the base path, and the EPUB links it there too', async () => {
    for (const file of [entryPdf('movements/lad/'), WORK_PDF]) {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path.join(outDir, file))));
      const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
      const urls = (await Promise.all(pages.map((p) => p.getAnnotations())))
        .flat()
        .flatMap((a) => (a.url ? [a.url as string] : []));
      const ours = urls.filter((u) => u.startsWith(SITE) || u.startsWith(new URL(server.url).origin));
      expect(ours.length, file).toBeGreaterThan(0);
      expect(
        ours.filter((u) => !u.startsWith(`${SITE}${BASE}`)),
        file,
      ).toEqual([]);
    }
    const epub = unzipSync(readFileSync(path.join(outDir, WORK_EPUB)));
    expect(new TextDecoder().decode(epub['OEBPS/content.opf'])).toContain(
      `<dc:identifier id="uid">${SITE}${BASE}</dc:identifier>`,
    );
  });
});

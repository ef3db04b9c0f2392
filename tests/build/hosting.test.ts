// The built site as a static host sees it: _headers and its CSP, redirects, published URLs, sitemap, robots, feed, search.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { contentSecurityPolicy, inlineCode, sha256Source } from '../../src/hosting/csp';
import { CACHE, headersFor, parseHeadersFile, type HeaderRule } from '../../src/hosting/host-files';
import { MOVED_FILES, REDIRECTS } from '../../src/hosting/redirects';
import { isRedirect, readAllPages, readPages, type Page } from '../../src/build/read-pages';
import { parseUrlList, publishedUrls } from '../support/published';

const SITE = 'http://127.0.0.1:4321';
let distDir: string;
let pages: Page[];
let rules: HeaderRule[];
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const directive = (csp: string, name: string) =>
  csp
    .split(/;\s*/)
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1) ?? [];

beforeAll(() => {
  distDir = inject('distDir');
  pages = readPages(distDir);
  rules = parseHeadersFile(read('_headers'));
});

describe('_headers', () => {
  test('the CSP allows exactly the inline scripts the pages contain, by hash, and nothing inline besides', () => {
    const hashes = new Set<string>();
    for (const { url, file } of readAllPages(distDir)) {
      const code = inlineCode(readFileSync(file, 'utf8'));
      const csp = headersFor(rules, url)['content-security-policy']!;
      const allowed = directive(csp, 'script-src');
      for (const script of code.scripts) {
        expect(allowed, `${url}: ${script.slice(0, 60)}…`).toContain(sha256Source(script));
        hashes.add(sha256Source(script));
      }
      expect(
        code.styles.map(sha256Source).filter((h) => !directive(csp, 'style-src').includes(h)),
        url,
      ).toEqual([]);
      expect(code.attributes, url).toEqual([]);
    }
    // Scripts ship as files (assetsInlineLimit 0), so today the list of hashes may well be empty; the
    // loop above still fails on any inline script the CSP does not allow.
    const csp = headersFor(rules, '/')['content-security-policy']!;
    expect(directive(csp, 'script-src').filter((s) => s.startsWith("'sha256-"))).toEqual([...hashes].sort());
    expect(csp).toBe(contentSecurityPolicy({ scripts: [...hashes], styles: directive(csp, 'style-src').slice(1) }));
  });
  test('the CSP names no other origin and allows no inline code without a hash', () => {
    const csp = headersFor(rules, '/')['content-security-policy']!;
    expect(csp).not.toMatch(/unsafe-inline|https?:|\*|[^-]unsafe-eval/);
    expect(directive(csp, 'script-src')).toContain("'wasm-unsafe-eval'");
  });
  test('hashed assets are cached for a year, pages and the search index revalidated on every visit', () => {
    const assets = pages[0]!.$('link[rel="stylesheet"]').attr('href')!;
    expect(assets).toMatch(/^\/_astro\//);
    expect(headersFor(rules, assets)['cache-control']).toBe(CACHE.immutable);
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toBe(CACHE.revalidate);
    for (const { url } of pages) expect(headersFor(rules, url)['cache-control'], url).toBe(CACHE.revalidate);
  });
});

describe('published URLs', () => {
  const listed = () => parseUrlList(readFileSync(path.resolve('tests/published-urls.txt'), 'utf8'));
  test('every URL the site has published is still in the build (a redirect page counts)', () => {
    const built = new Set(publishedUrls(distDir));
    const gone = listed().filter((url) => !built.has(url));
    expect(gone, 'Declare a redirect in src/hosting/redirects.ts for each URL that went away').toEqual([]);
  });
  test('every URL of the build is on the list, so that it stays', () => {
    const known = new Set(listed());
    expect(
      publishedUrls(distDir).filter((url) => !known.has(url)),
      'Run `npm run urls` and commit tests/published-urls.txt',
    ).toEqual([]);
  });
  test('each redirect is a static page that forwards to its target and a 301 in _redirects', () => {
    const lines = read('_redirects').trim().split('\n');
    expect(Object.keys(REDIRECTS).length).toBeGreaterThan(0);
    const stubs = readAllPages(distDir).filter(isRedirect);
    expect(stubs.map((p) => p.url).sort()).toEqual(Object.keys(REDIRECTS).sort());
    for (const [from, to] of Object.entries(REDIRECTS)) {
      expect(
        pages.some((p) => p.url === to),
        `${to} exists`,
      ).toBe(true);
      const $ = stubs.find((p) => p.url === from)!.$;
      expect($('meta[http-equiv="refresh"]').attr('content'), from).toBe(`0;url=${to}`);
      expect($('link[rel="canonical"]').attr('href'), from).toBe(`${SITE}${to}`);
      expect(lines, from).toContain(`${from} ${to} 301`);
    }
  });
  test('a context entry that became a movement entry keeps its addresses: /context/azat/ forwards, its files stay', () => {
    const stub = readAllPages(distDir).find((p) => p.url === '/context/azat/')!;
    expect(isRedirect(stub)).toBe(true);
    expect(stub.$('meta[http-equiv="refresh"]').attr('content')).toBe('0;url=/movements/azat/');
    const lines = read('_redirects').trim().split('\n');
    for (const page of ['', 'history/', 'history/compare/2026-11/live/'])
      expect(lines).toContain(`/context/azat/${page} /movements/azat/${page} 301`);
    // A file cannot forward by itself: it is served at the old address too, the same bytes as at the new one.
    for (const [from, to] of Object.entries(MOVED_FILES).filter(([f]) => !f.startsWith('/downloads/'))) {
      expect(read(from.slice(1)), from).toBe(read(to.slice(1)));
      expect(lines, from).toContain(`${from} ${to} 301`);
    }
    expect(Object.keys(MOVED_FILES)).toContain('/context/azat/cite.bib');
    // The stored edition keeps the page at its old address; the new page's history lists it.
    const history = pages.find((p) => p.url === '/movements/azat/history/')!.$;
    expect(history('a[href="/editions/2026-11/context/azat/"]').length).toBe(1);
    expect(history('a[href="/movements/azat/history/compare/2026-11/live/"]').length).toBe(1);
    const copy = pages.find((p) => p.url === '/editions/2026-11/context/azat/')!.$;
    expect(copy('.edition-note a:contains("live page")').attr('href')).toBe('/movements/azat/');
  });
});

describe('files for crawlers and feed readers', () => {
  test('robots.txt names the sitemap by its full address, and the sitemap lists every page with content', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const index = load(read('sitemap-index.xml'), { xml: true });
    const listed = index('sitemap > loc')
      .map((_, el) => index(el).text())
      .get()
      .flatMap((loc) => {
        const $ = load(read(new URL(loc).pathname), { xml: true });
        return $('url > loc')
          .map((_, el) => new URL($(el).text()).pathname)
          .get();
      });
    // Edition copies are kept out of search engines (noindex): not in the sitemap either.
    const content = pages
      .filter(
        (p) =>
          !p.url.endsWith('.html') && !/^\/((kk|ru)\/)?search\/$/.test(p.url) && !/^\/editions\/[^/]+\//.test(p.url),
      )
      .map((p) => p.url);
    expect(listed.sort()).toEqual(content.sort());
  });
  test('the Atom feed has every movement and context entry, dated by its last revision, linked from every page', () => {
    const $ = load(read('feed.xml'), { xml: true });
    const entries = $('entry')
      .map((_, el) => ({ id: $(el).find('id').text(), updated: $(el).find('updated').text() }))
      .get();
    const entryPages = pages.filter((p) => /^\/(movements|context)\/[^/]+\/$/.test(p.url));
    expect(entries.map((e) => e.id).sort()).toEqual(entryPages.map((p) => `${SITE}${p.url}`).sort());
    for (const { url, $: page } of entryPages) {
      const updated = entries.find((e) => e.id === `${SITE}${url}`)!.updated.slice(0, 10);
      expect(page('.entry-updated time[datetime]').attr('datetime'), url).toBe(updated);
    }
    for (const { url, $: page } of pages) {
      expect(page('link[rel="alternate"][type="application/atom+xml"]').attr('href'), url).toBe('/feed.xml');
    }
  });
  test('the web manifest names the site and an icon that exists, and every page links it and the favicon', () => {
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', name: expect.stringContaining('Kazakhstan') });
    for (const icon of manifest.icons) expect(existsSync(path.join(distDir, icon.src))).toBe(true);
    for (const { url, $ } of pages) {
      expect($('link[rel="manifest"]').attr('href'), url).toBe('/manifest.webmanifest');
      expect($('link[rel="icon"]').attr('href'), url).toBe('/favicon.svg');
    }
  });
});

describe('search', () => {
  test('every page has a search box that is a plain GET form to the search page (in its language)', () => {
    for (const { url, $ } of pages) {
      const form = $('header form[role="search"]');
      expect(form.attr('action'), url).toBe(url.match(/^\/(kk|ru)\//)?.[0].concat('search/') ?? '/search/');
      expect(form.attr('method'), url).toBe('get');
      expect(form.find('input[name="q"]').length, url).toBe(1);
    }
  });
  test('without JavaScript the search page says so and links to the indexes', () => {
    const $ = pages.find((p) => p.url === '/search/')!.$;
    expect($('noscript').text()).toMatch(/needs JavaScript/);
    const links = $('main a')
      .map((_, el) => $(el).attr('href'))
      .get();
    for (const index of ['/movements/', '/context/', '/people/', '/glossary/', '/sources/'])
      expect(links).toContain(index);
  });
  test('entries carry every spelling of their name for the index; the search page and 404 are not indexed', () => {
    const $ = pages.find((p) => p.url === '/movements/zheltoqsan/')!.$;
    const names = $('[data-pagefind-body] [hidden][data-pagefind-weight]').text();
    for (const spelling of ['Zheltoqsan', 'Jeltoqsan', 'Zheltoksan', 'Желтоқсан', 'Желтоксан'])
      expect(names).toContain(spelling);
    for (const url of ['/search/', '/404.html'])
      expect(pages.find((p) => p.url === url)!.$('[data-pagefind-body]').length, url).toBe(0);
    expect(existsSync(path.join(distDir, 'pagefind/pagefind-ui.js'))).toBe(true);
  });
});

// Cutting an edition with the real command (`npm run edition`), into a temporary folder, then the site built
// with it under another base path (/kz/): the edition's pages show exactly what was stored, cite themselves,
// point at the live page, stay out of search; live pages cite the edition; hosts get Link and Memento headers.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inlineCode, sha256Source } from '../../src/hosting/csp';
import { fillTokens, linksIntoEdition, withoutScripts, type EditionManifest } from '../../src/features/editions/model';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/hosting/host-files';
import { buildEnv, PROJECT_ROOT, withBuildLock } from '../../src/build/build-site';
import { storedEditionProblems } from '../support/editions';
import { parseUrlList } from '../support/published';

const NAME = '2099-01';
const DATE = '2099-01-15';
const ORIGIN = 'https://example.org';
const BASE = '/kz/';
const LIVE = { absolute: `${ORIGIN}${BASE}`, base: BASE };
let root: string;
let editionsDir: string;
let dist: string;
let rules: HeaderRule[];
let cut: { status: number | null; output: string };

function runCut(name: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'src/build/edition.ts'), name, '--date', DATE], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      EDITIONS_DIR: editionsDir,
      URLS_FILE: path.join(root, 'urls.txt'),
      EDITION_BUILD_DIR: dist,
      SITE_URL: ORIGIN,
      BASE_PATH: BASE,
    },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const html = (sitePath: string): string => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const $ = (sitePath: string): CheerioAPI => load(html(sitePath));
const stored = (livePath: string, file: string) => readFileSync(path.join(editionsDir, NAME, livePath, file), 'utf8');
/** Live paths of the pages the edition stores, from its manifest ("movements/lad/"). */
const storedPaths = (): Set<string> => {
  const manifest = JSON.parse(readFileSync(path.join(editionsDir, NAME, 'edition.json'), 'utf8')) as EditionManifest;
  const pages = Object.keys(manifest.files).filter((f) => f.endsWith('/page.json'));
  return new Set(pages.map((f) => f.slice(0, -'page.json'.length)));
};

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kz-edition-'));
  editionsDir = path.join(root, 'editions');
  dist = path.join(root, 'dist');
  writeFileSync(path.join(root, 'urls.txt'), '# test list\n/\n');
  // The cut builds the site twice: no other Astro build may run alongside it (withBuildLock).
  cut = await withBuildLock(() => runCut(NAME));
  if (cut.status === 0) rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
}, 1_200_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run edition', () => {
  test('cuts the edition: every citable page stored with its manifest, the new URLs added to the list', () => {
    expect(cut.status, cut.output).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(editionsDir, NAME, 'edition.json'), 'utf8')) as EditionManifest;
    expect(manifest).toMatchObject({ name: NAME, date: DATE });
    for (const page of ['movements/lad/', 'context/alash-orda/', 'primary-source/']) {
      for (const file of ['article.html', 'cite.bib', 'cite.ris', 'cite.json', 'page.json'])
        expect(manifest.files, page + file).toHaveProperty(page + file);
    }
    expect(storedEditionProblems(editionsDir)).toEqual([]);
    const urls = parseUrlList(readFileSync(path.join(root, 'urls.txt'), 'utf8'));
    for (const url of [
      `/editions/${NAME}/movements/lad/`,
      `/editions/${NAME}/movements/lad/cite.bib`,
      `/movements/lad/history/compare/${NAME}/live/`,
      `/editions/${NAME}/primary-source/`,
    ]) {
      expect(urls).toContain(url);
    }
  });
  test('stores pages independent of the address: no trace of the placeholder address it was built under', () => {
    const article = stored('movements/lad/', 'article.html');
    expect(article).toContain('%%BASE%%movements/unity/');
    expect(article).not.toMatch(/edition\.invalid|__edition_base__/);
  });
  test('never overwrites an edition', () => {
    const again = runCut(NAME);
    expect(again.status).toBe(1);
    expect(again.output).toContain('is never changed');
  });
  test('a changed byte in a stored page is caught (the test of published editions would fail)', () => {
    const copy = path.join(root, 'tampered');
    cpSync(editionsDir, copy, { recursive: true });
    const file = path.join(copy, NAME, 'movements/lad/article.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Lad', 'Lad!'));
    expect(storedEditionProblems(copy)).toEqual([
      `${NAME}/movements/lad/article.html: changed since the edition was published`,
    ]);
  });
});

describe('an edition page, served under /kz/', () => {
  const page = `editions/${NAME}/movements/lad/`;
  test('shows exactly the stored article, with the current address filled in (without the script tags of the build that cut it, its links to the pages of the edition pointing into it)', () => {
    const article = withoutScripts(fillTokens(stored('movements/lad/', 'article.html').trim(), LIVE));
    expect(html(page)).toContain(linksIntoEdition(article, NAME, storedPaths(), BASE));
    expect(article).toContain(`href="${BASE}movements/unity/"`);
    expect(html(page)).not.toContain(`href="${BASE}movements/unity/"`);
    expect(html(page)).toContain(`href="${BASE}editions/${NAME}/movements/unity/"`);
  });
  test('keeps a reader inside the edition: every link in its pages to a page the edition stores goes to the copy, which exists with the fragment it names', () => {
    const pages = storedPaths();
    const intoEdition = `${BASE}editions/${NAME}/`;
    const problems: string[] = [];
    let kept = 0;
    let live = 0;
    for (const livePath of pages) {
      const sitePath = `editions/${NAME}/${livePath}`;
      $(sitePath)('main article a[href]').each((_, a) => {
        const href = a.attribs.href!;
        const [target = '', fragment] = href.split('#');
        if (href.startsWith(intoEdition)) {
          const copy = target.slice(intoEdition.length);
          if (!pages.has(copy)) {
            if (!existsSync(path.join(dist, 'editions', NAME, copy))) problems.push(`${sitePath}: ${href} not in dist`);
            return;
          }
          kept++;
          const file = path.join(dist, 'editions', NAME, copy, 'index.html');
          if (!existsSync(file)) problems.push(`${sitePath}: ${href} not in dist`);
          else if (fragment && load(readFileSync(file, 'utf8'))(`[id="${fragment}"]`).length !== 1)
            problems.push(`${sitePath}: ${href} has no #${fragment}`);
        } else if (href.startsWith(BASE)) {
          if (pages.has(target.slice(BASE.length))) problems.push(`${sitePath}: ${href} leaves the edition`);
          else live++;
        }
      });
    }
    expect(problems).toEqual([]);
    expect(kept).toBeGreaterThan(100);
    expect(live).toBeGreaterThan(100);
  });
  test('links people, the glossary and sources on the live site, and says so', () => {
    const p = $(page);
    expect(p(`main article a[href^="${BASE}people/#"]`).length).toBeGreaterThan(0);
    expect(p(`main article a[href^="${BASE}sources/"]`).length).toBeGreaterThan(0);
    expect(p('.edition-note').text().replace(/\s+/g, ' ')).toContain(
      'links to people, the glossary, sources and the rest of the site lead to the live site',
    );
  });
  test('says which edition it is, links the live page and says the live text is the same', () => {
    const note = $(page)('.edition-note');
    expect(note.find('h2').text()).toBe(`Edition ${NAME}, 15 January 2099`);
    expect(note.find(`a[href="${BASE}movements/lad/"]`).length).toBe(1);
    expect(note.text()).toContain('has the same text');
  });
  test('is canonically the live page, kept out of search engines, the sitemap and the site search', () => {
    const p = $(page);
    expect(p('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}${BASE}movements/lad/`);
    expect(p('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(p('[data-pagefind-body]').length).toBe(0);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(`/editions/${NAME}/`);
  });
  test('gives reference managers the edition: its URL, date and name', () => {
    const p = $(page);
    expect(p('meta[name="citation_public_url"]').attr('content')).toBe(`${ORIGIN}${BASE}${page}`);
    expect(p('meta[name="citation_publication_date"]').attr('content')).toBe('2099/01/15');
    expect(p('meta[property="og:site_name"]').attr('content')).toBe(
      `Kazakhstan’s Political Movements, 1986–1995 (edition ${NAME})`,
    );
    expect(readFileSync(path.join(dist, page, 'cite.bib'), 'utf8')).toBe(
      fillTokens(stored('movements/lad/', 'cite.bib'), LIVE),
    );
  });
  test('keeps the CSP: no inline code but what the policy hashes', () => {
    const code = inlineCode(html(page));
    const csp = headersFor(rules, `${BASE}${page}`)['content-security-policy']!;
    expect(code.attributes).toEqual([]);
    for (const script of code.scripts) expect(csp).toContain(sha256Source(script));
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
  test('is announced to hosts with Memento-Datetime and its original', () => {
    expect(headersFor(rules, `${BASE}${page}`)).toMatchObject({
      'memento-datetime': new Date(`${DATE}T00:00:00Z`).toUTCString(),
      link: `<${ORIGIN}${BASE}movements/lad/>; rel="original"`,
    });
  });
});

describe('the live page with an edition', () => {
  test('cites the edition first in every style and file, and the live page second', () => {
    const p = $('movements/lad/');
    const editionUrl = `${ORIGIN}${BASE}editions/${NAME}/movements/lad/`;
    expect(p('link[rel="cite-as"]').attr('href')).toBe(editionUrl);
    for (const id of ['apa', 'mla', 'chicago-nb', 'chicago-ad', 'harvard', 'gost']) {
      expect(p(`#cite-${id}`).text(), id).toContain(editionUrl);
      expect(p(`#cite-live-${id}`).text(), id).toContain(`${ORIGIN}${BASE}movements/lad/`);
    }
    expect(p('#cite a[href$="cite.ris"]').first().attr('href')).toBe(`${BASE}editions/${NAME}/movements/lad/cite.ris`);
    expect(headersFor(rules, `${BASE}movements/lad/`).link).toBe(`<${editionUrl}>; rel="cite-as"`);
  });
  test('its history lists the edition and compares it with the live page, paragraph by paragraph, without scripts', () => {
    const history = $('movements/lad/history/');
    expect(history(`ol.editions a[href="${BASE}editions/${NAME}/movements/lad/"]`).length).toBe(1);
    const compare = $(`movements/lad/history/compare/${NAME}/live/`);
    expect(compare('.paragraph-changes > li').length).toBe(compare('.change-same').length);
    expect(compare('.change-same').length).toBeGreaterThan(5);
    expect(compare('script:not([type="application/ld+json"])').length).toBe(compare('script[src]').length);
  });
  test('/editions/ lists the edition with each of its pages and their comparisons', () => {
    const index = $('editions/');
    expect(index(`#edition-${NAME}`).text()).toContain(`Edition ${NAME}, 15 January 2099`);
    expect(index(`a[href="${BASE}editions/${NAME}/movements/lad/"]`).length).toBe(1);
    expect(index(`a[href="${BASE}movements/lad/history/compare/${NAME}/live/"]`).length).toBe(1);
  });
  test('the primary source cites its edition too', () => {
    const p = $('primary-source/');
    expect(p('#cite-apa').text()).toContain(`${ORIGIN}${BASE}editions/${NAME}/primary-source/`);
    expect(existsSync(path.join(dist, `editions/${NAME}/primary-source/index.html`))).toBe(true);
  });
});

describe('html', () => {
  test('edition pages, histories and comparisons pass html-validate (recommended preset)', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const page of [
      `editions/${NAME}/movements/lad/`,
      `editions/${NAME}/primary-source/`,
      'movements/lad/history/',
      `movements/lad/history/compare/${NAME}/live/`,
      'movements/lad/',
      'primary-source/',
    ]) {
      const report = await validator.validateString(html(page), page);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

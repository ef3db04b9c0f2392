// On a machine without Chromium or Chrome (CHROMIUM_PATH pointed at nothing, so no candidate is tried either): `npm
// start` (LOCAL_BUILD=1) still builds the site, without the PDF and ZIM downloads and with one warning line saying what
// was skipped and how to get it; a build for publishing fails with the same words. From a small fixture
// (tests/fixtures/minimal-site).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentPath } from '../../src/config';
import { buildEnv, buildSite, PROJECT_ROOT } from '../../src/build/build-site';
import { HOW_TO_GET_CHROMIUM } from '../../src/build/chromium';
import { readPages } from '../../src/build/read-pages';
import { formatSize, WORK_EPUB } from '../../src/features/downloads/model';
import { zimFile } from '../../src/features/zim/model';
import { brokenLinks } from '../support/links';

const NOWHERE = '/nonexistent/chromium';
const PROBLEM = `CHROMIUM_PATH=${NOWHERE} is not an executable file. ${HOW_TO_GET_CHROMIUM}`;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kz-no-browser-'));
const contentDir = path.join(tmp, 'content');
const outDir = path.join(tmp, 'dist');
let built: { code: number; output: string };

beforeAll(async () => {
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/minimal-site'), contentDir, { recursive: true });
  cpSync(contentPath('primary', path.join(PROJECT_ROOT, 'content')), contentPath('primary', contentDir), {
    recursive: true,
  });
  built = await buildSite({
    contentDir,
    outDir,
    cacheDir: path.join(tmp, 'cache'),
    env: { LOCAL_BUILD: '1', CHROMIUM_PATH: NOWHERE },
  });
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs one of the build's Node tools over a build, as `npm run build` runs it, with no browser. */
function tool(script: string, dist: string, local: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, script), dist], {
    cwd: PROJECT_ROOT,
    env: { ...buildEnv(), CHROMIUM_PATH: NOWHERE, LOCAL_BUILD: local },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('without a browser', () => {
  test('a local build (npm start) makes the site and the EPUB, and says in one line that the PDFs and the ZIM were skipped', () => {
    expect(built.code, built.output).toBe(0);
    // (The fixture's empty collections bring Astro's own warnings; the line about the PDFs is the only one naming them.)
    const pdfLines = built.output.split('\n').filter((line) => /PDF/.test(line));
    expect(pdfLines).toEqual([`Warning: PDF and ZIM downloads skipped (the site and the EPUB are built): ${PROBLEM}`]);
    expect(readdirSync(path.join(outDir, 'downloads')).sort()).toEqual(['index.html', path.basename(WORK_EPUB)]);
  });

  test('no page lists or links a PDF, and every internal link resolves', () => {
    const pages = readPages(outDir);
    expect(pages.map((p) => p.url)).toContain('/movements/alpha/');
    const pdfLinks = pages.flatMap(({ url, $ }) =>
      $('a[href*=".pdf"]')
        .map((_, a) => `${url} → ${$(a).attr('href')}`)
        .get(),
    );
    expect(pdfLinks).toEqual([]);
    expect(brokenLinks(outDir, pages)).toEqual([]);

    const downloads = pages.find((p) => p.url === '/downloads/')!.$;
    expect(downloads('[data-no-pdfs]').text()).toMatch(/built without the PDFs/);
    expect(
      downloads('[data-size-of]')
        .map((_, s) => downloads(s).attr('data-size-of'))
        .get(),
    ).toEqual([WORK_EPUB]);
    expect(downloads(`[data-size-of="${WORK_EPUB}"]`).text()).toBe(
      formatSize(statSync(path.join(outDir, WORK_EPUB)).size),
    );
    expect(downloads('#entries ~ ul a[data-page]').attr('href')).toBe('/movements/alpha/');
    const alpha = pages.find((p) => p.url === '/movements/alpha/')!.$;
    expect(alpha('.entry-updated').text()).toMatch(/Whole work as EPUB/);
    expect(alpha('.site-footer a[href="/downloads/"]').text()).toBe('EPUB');
  });

  test('a build for publishing (npm run build) fails at its downloads, with the same words', async () => {
    // The step of `npm run build` that needs the browser, run as it runs there, over the pages just built.
    const result = await tool('src/build/downloads.ts', outDir, '');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`The PDF and ZIM downloads need Chromium or Chrome: ${PROBLEM}`);
  });

  test('the ZIM step (its illustration needs the browser) leaves the ZIM out of a local build, and fails a build for publishing', async () => {
    // The fixture has no edition, so its /downloads/ lists no ZIM: a build whose page lists one, as the real site's does.
    const dist = path.join(tmp, 'zim-dist');
    const file = zimFile('en', '2099-01');
    const listed = `<section data-zim-section aria-labelledby="kiwix"><h2 id="kiwix">Kiwix</h2><ul><li><a href="/${file}" data-download="zim" data-lang="en" data-edition="2099-01" data-edition-date="2099-01-15" data-changed="0">English</a></li></ul></section>`;
    const page = readFileSync(path.join(outDir, 'downloads/index.html'), 'utf8').replace(
      '<h2 id="entries">',
      `${listed}<h2 id="entries">`,
    );
    expect(page).toContain('data-zim-section');
    mkdirSync(path.join(dist, 'downloads'), { recursive: true });
    writeFileSync(path.join(dist, 'downloads/index.html'), page);

    const publishing = await tool('src/build/zim.ts', dist, '');
    expect(publishing.code).toBe(1);
    expect(publishing.stderr.trim()).toBe(`The PDF and ZIM downloads need Chromium or Chrome: ${PROBLEM}`);

    const local = await tool('src/build/zim.ts', dist, '1');
    expect(local).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dist, 'downloads/index.html'), 'utf8')).not.toContain('data-zim-section');
    expect(readdirSync(path.join(dist, 'downloads'))).toEqual(['index.html']);
  });
});

// The ZIM files for Kiwix that the test build made (tests/support/build.ts runs src/build/zim.ts), checked with
// zimcheck, zimdump and libzim's reader; and the build without the tools, which skips them.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { describe, expect, inject, test } from 'vitest';
import { entryPath, leftOut, pngSize, redirectTarget, ZIM_LANGUAGES, zimFile } from '../../src/features/zim/model';
import { PROJECT_ROOT } from '../../src/build/build-site';
import { zimcheck, zimEntries, zimMetadata, zimsOf } from '../support/zim';

const dist = inject('distDir');
const zims = zimsOf(dist);
const downloads = load(readFileSync(path.join(dist, 'downloads/index.html'), 'utf8'));
const publicBase = downloads('link[rel="canonical"]')
  .attr('href')!
  .replace(/downloads\/$/, '');

describe('the ZIM files', () => {
  test('/downloads/ lists one per language of the site, named by the latest edition, and each exists', () => {
    const editions = readdirSync(path.join(PROJECT_ROOT, 'content/editions')).sort();
    expect(zims.map((z) => z.lang)).toEqual(ZIM_LANGUAGES.map((l) => l.lang));
    for (const zim of zims) {
      expect(zim.edition).toBe(editions.at(-1));
      expect(path.relative(dist, zim.file)).toBe(zimFile(zim.lang, zim.edition));
    }
  });

  test('/downloads/ says how many pages were added or changed since the edition: those whose live page does not cite it', () => {
    const pages = [
      ...downloads('a[data-download="entry"]')
        .toArray()
        .map((a) => downloads(a).attr('data-page')!),
      'primary-source/',
    ];
    for (const link of downloads('a[data-download="zim"]').toArray()) {
      const edition = downloads(link).attr('data-edition')!;
      const citing = pages.filter((p) => {
        const $ = load(readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
        return $('link[rel="cite-as"]').attr('href') === `${publicBase}editions/${edition}/${p}`;
      });
      expect(Number(downloads(link).attr('data-changed'))).toBe(pages.length - citing.length);
    }
  });

  test.each(zims.map((z) => [z.lang, z] as const))(
    'zimcheck with all its checks reports nothing on the %s file',
    async (_, zim) => {
      const report = await zimcheck(zim.file);
      expect(report.checks).toEqual(expect.arrayContaining(['metadata', 'favicon', 'main_page', 'url_internal']));
      expect(report.checks).toEqual(expect.arrayContaining(['url_external', 'redirect', 'integrity', 'redundant']));
      expect(report.logs).toEqual([]);
      expect(report.status).toBe(true);
    },
    120_000,
  );

  test.each(zims.map((z) => [z.lang, z] as const))(
    'the %s file’s metadata names the work, its edition, licence, language and address, with a 48×48 icon',
    async (lang, zim) => {
      const metadata = await zimMetadata(zim.file);
      const language = ZIM_LANGUAGES.find((l) => l.lang === lang)!;
      expect(metadata).toMatchObject({
        Name: `kazakhstan-political-movements-1986-1995_${lang}`,
        Title: language.title,
        Language: language.code,
        Creator: language.creator,
        Publisher: language.creator,
        Source: publicBase + language.root,
      });
      expect(metadata['Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([...metadata['Title']!].length).toBeLessThanOrEqual(30);
      expect([...metadata['Description']!].length).toBeLessThanOrEqual(80);
      expect(metadata['Description']).toContain(zim.edition);
      expect(metadata['LongDescription']).toContain(`Edition ${zim.edition}`);
      expect(metadata['License']).toMatch(/^CC-BY-4\.0\b/);
      expect(metadata['Tags']!.split(';')).toContain('_ftindex:yes');
      expect(pngSize(Buffer.from(metadata['Illustration_48x48@1']!, 'base64'))).toEqual({ width: 48, height: 48 });
    },
  );

  test.each(zims.map((z) => [z.lang, z] as const))(
    'the %s file holds every file of the build that it does not leave out, redirects as redirects',
    async (lang, zim) => {
      const language = ZIM_LANGUAGES.find((l) => l.lang === lang)!;
      const built = readdirSync(dist, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
      const expected = built.filter((f) => !leftOut(f, language, zim.edition)).sort();
      const entries = await zimEntries(zim.file);
      expect(entries.sort()).toEqual(expected);
      for (const page of ['movements/lad/', 'context/december-1986/', 'people/', 'glossary/', 'sources/']) {
        expect(entries, page).toContain(entryPath(page));
      }
      for (const page of ['primary-source/', 'timeline/', 'spectrum/', 'places/', `editions/${zim.edition}/`]) {
        expect(
          entries.some((e) => e.startsWith(page)),
          page,
        ).toBe(true);
      }
      const stubs = built.filter(
        (f) => f.endsWith('.html') && redirectTarget(readFileSync(path.join(dist, f), 'utf8'), '/') !== undefined,
      );
      expect(stubs.length).toBeGreaterThan(0);
      const { stdout } = await promisify(execFile)('zimdump', ['list', '--details', zim.file]);
      for (const stub of stubs)
        expect(stdout, stub).toMatch(new RegExp(`path: ${stub}\\n(\\*.*\\n)*\\* type: +redirect`));
    },
  );
});

describe('a build without the ZIM tools', () => {
  test('skips the ZIM with one line, and /downloads/ no longer offers it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kz-no-zim-'));
    try {
      mkdirSync(path.join(root, 'downloads'));
      const page = readFileSync(path.join(dist, 'downloads/index.html'), 'utf8');
      writeFileSync(path.join(root, 'downloads/index.html'), page);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(PROJECT_ROOT, 'src/build/zim.ts'), root],
        { env: { ...process.env, ZIM_PYTHON: path.join(root, 'no-python') } },
      );
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(stdout).toMatch(/^ZIM skipped: .*apt-get install -y python3-libzim/);
      const after = load(readFileSync(path.join(root, 'downloads/index.html'), 'utf8'));
      expect(after('[data-zim-section], a[data-download="zim"]')).toHaveLength(0);
      expect(after('a[data-download="work-epub"]')).toHaveLength(1);
      expect(readdirSync(path.join(root, 'downloads'))).toEqual(['index.html']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// Cuts a new edition: stores every citable page as it is now, for good, under content/editions/<name>/.
// Usage: npm run edition -- <name> [--date YYYY-MM-DD]     e.g. npm run edition -- 2026-12
//
// 1. Builds the site (into a temporary folder) as it will be published with the new edition, under a
//    placeholder address, so that each live page already cites the edition.
// 2. Stores each citable page's <article>, its citation files and its page.json (title, paragraphs,
//    fingerprint) with the address replaced by tokens, and edition.json with the SHA-256 of every file.
// 3. Builds the site again with the edition in place and adds its new URLs to tests/published-urls.txt.
// An edition that exists is never overwritten. EDITIONS_DIR and URLS_FILE point elsewhere, and
// EDITION_BUILD_DIR keeps the second build (for tests; it is built for SITE_URL and BASE_PATH if set).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { contentPath } from '../config.ts';
import { EDITION_NAME, PAGE_FILES, sha256, tokenise, type EditionManifest } from '../features/editions/model.ts';
import { parseUrlList, publishedUrls } from '../hosting/published-urls.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EDITIONS_DIR = path.resolve(process.env.EDITIONS_DIR ?? contentPath('editions', path.join(ROOT, 'content')));
const URLS_FILE = path.resolve(process.env.URLS_FILE ?? path.join(ROOT, 'tests/published-urls.txt'));
// The placeholder address of the first build: unlike any real one, so that replacing it is safe.
const PLACEHOLDER = { origin: 'https://edition.invalid', base: '/__edition_base__/' };

class CutError extends Error {}
function fail(message: string): never {
  throw new CutError(`npm run edition: ${message}`);
}

process.on('uncaughtException', (error) => {
  console.error(error instanceof CutError ? error.message : error);
  process.exit(1);
});

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--'));
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);
if (!name || !EDITION_NAME.test(name))
  fail('give the edition a name of lower-case letters, digits, dots and dashes, e.g. `npm run edition -- 2026-12`.');
if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
  fail(`--date must be YYYY-MM-DD (got ${date}).`);
const target = path.join(EDITIONS_DIR, name);
if (existsSync(target))
  fail(`${path.relative(ROOT, target)} exists: a published edition is never changed. Choose another name.`);

function build(outDir: string, env: Record<string, string>): void {
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EDITIONS_DIR, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) fail(`the build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The first `<article data-edition-path>` of a page, byte for byte as built (no re-serialisation). */
function articleOf(html: string): string | undefined {
  const start = html.search(/<article\b[^>]*\bdata-edition-path=/);
  if (start < 0) return undefined;
  const tags = /<(\/?)article\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return undefined;
}

const htmlFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => path.join(e.parentPath, e.name));

const tmp = mkdtempSync(path.join(os.tmpdir(), `edition-${name}-`));
try {
  console.log(`Cutting edition ${name} of ${date}: building the site as it will be published…`);
  const first = path.join(tmp, 'first');
  build(first, {
    SITE_URL: PLACEHOLDER.origin,
    BASE_PATH: PLACEHOLDER.base,
    EDITION_PENDING: `${name}@${date}`,
    ASTRO_CACHE_DIR: path.join(tmp, 'cache-first'),
  });
  const address = { absolute: `${PLACEHOLDER.origin}${PLACEHOLDER.base}`, base: PLACEHOLDER.base };
  const files = new Map<string, string>();
  // The live pages only: the stored editions' pages carry their own (older) articles, and a page that has since
  // moved (context/azat/ → movements/azat/) has no live page at its stored address.
  const editionsDir = path.join(first, 'editions') + path.sep;
  for (const file of htmlFiles(first).filter((f) => !f.startsWith(editionsDir))) {
    const article = articleOf(readFileSync(file, 'utf8'));
    if (!article) continue;
    const page = load(article)('article').attr('data-edition-path')!;
    const made = path.join(first, 'editions', name, page);
    files.set(`${page}article.html`, `${tokenise(article, address)}\n`);
    for (const extra of [...PAGE_FILES.filter((f) => f !== 'article.html'), 'page.json']) {
      files.set(`${page}${extra}`, tokenise(readFileSync(path.join(made, extra), 'utf8'), address));
    }
  }
  if (files.size === 0) fail('the build has no citable pages (no <article data-edition-path>).');

  const manifest: EditionManifest = { name, date, files: {} };
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), text);
    manifest.files[file] = sha256(text);
  }
  writeFileSync(path.join(target, 'edition.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const pages = [...files.keys()].filter((f) => f.endsWith('article.html')).length;
  console.log(`Stored ${pages} pages (${files.size} files) in ${path.relative(ROOT, target) || target}.`);

  console.log('Building the site with the new edition, to list its URLs…');
  const second = process.env.EDITION_BUILD_DIR ? path.resolve(process.env.EDITION_BUILD_DIR) : path.join(tmp, 'second');
  build(second, {
    ASTRO_CACHE_DIR: path.join(tmp, 'cache-second'),
    SITE_URL: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  });
  const listed = existsSync(URLS_FILE) ? parseUrlList(readFileSync(URLS_FILE, 'utf8')) : [];
  const added = publishedUrls(second).filter((url) => !listed.includes(url));
  const header = existsSync(URLS_FILE)
    ? readFileSync(URLS_FILE, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .join('\n') + '\n'
    : '';
  writeFileSync(URLS_FILE, header + [...new Set([...listed, ...added])].sort().join('\n') + '\n');
  console.log(
    `Added ${added.length} URLs to ${path.relative(ROOT, URLS_FILE)}. Commit ${path.relative(ROOT, target)} and the list.`,
  );
} catch (error) {
  rmSync(target, { recursive: true, force: true });
  throw error;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Makes the ZIM file of each language for Kiwix from the built site, with libzim (Debian's python3-libzim).
// Usage: npm run zim   (after `npm run build`, which runs it too when the tools are there), or: node src/build/zim.ts <dist>
// It reads the built /downloads/ page for what to make, prepares each page for the ZIM (src/features/zim/model.ts),
// hands the plan to src/build/zim-writer.py and writes <dist>/downloads/<name>_<lang>_<edition>.zim.
// Its illustration is drawn by Chromium: without one (src/build/chromium.ts) it fails, saying how to get one, but for a
// local build (`npm start`), whose downloads step has said in its warning that the ZIM is skipped too.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import {
  entryPath,
  entryTitle,
  leftOut,
  metadataProblems,
  redirectTarget,
  ZIM_LANGUAGES,
  withoutZims,
  zimCss,
  zimFile,
  zimMetadata,
  zimPage,
  type LinkContext,
  type ZimLanguage,
} from '../features/zim/model.ts';
import { fillSizes, formatSize } from '../features/downloads/model.ts';
import { MOVED_FILES } from '../hosting/redirects.ts';
import { launchBrowser } from './browser.ts';
import { pdfPlan } from './chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Debian's Python, which has python3-libzim (a `python3` earlier on PATH, such as pyenv's, may not). */
const PYTHON = process.env.ZIM_PYTHON ?? '/usr/bin/python3';
const WRITER = path.join(ROOT, 'src/build/zim-writer.py');

const dist = path.resolve(process.argv[2] ?? 'dist');
const started = Date.now();
const downloadsFile = path.join(dist, 'downloads/index.html');
const downloadsPage = load(readFileSync(downloadsFile, 'utf8'));

/** The version of python3-libzim, or undefined when Python or the library is missing. */
function libzimVersion(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import importlib.metadata as m, libzim.writer; print(m.version("libzim"))'], {
    encoding: 'utf8',
  });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

const zims = downloadsPage('a[data-download="zim"]')
  .toArray()
  .map((a) => {
    const link = downloadsPage(a);
    const language = ZIM_LANGUAGES.find((l) => l.lang === link.attr('data-lang'))!;
    const edition = {
      name: link.attr('data-edition')!,
      date: link.attr('data-edition-date')!,
      changed: Number(link.attr('data-changed')),
    };
    return { language, edition, href: link.attr('href')! };
  });
if (!zims.length) {
  console.log(
    'ZIM: none made, as /downloads/ lists none (the site has no edition to name one by, or a build skipped it).',
  );
  process.exit(0);
}
const browserPlan = pdfPlan();
if ('error' in browserPlan) {
  console.error(browserPlan.error);
  process.exit(1);
}
if ('warning' in browserPlan) {
  // A local build without a browser: src/build/downloads.ts has printed the one warning.
  writeFileSync(downloadsFile, withoutZims(readFileSync(downloadsFile, 'utf8')));
  process.exit(0);
}
const libzim = libzimVersion();
if (!libzim) {
  console.log(
    `ZIM skipped: ${PYTHON} cannot import libzim; install it with: sudo apt-get install -y python3-libzim (and zim-tools kiwix-tools for the tests).`,
  );
  writeFileSync(downloadsFile, withoutZims(readFileSync(downloadsFile, 'utf8')));
  process.exit(0);
}

// Where the build lives: its base path from the page's own links, its public address from its canonical URL.
const first = zims[0]!;
const base = first.href.slice(0, -zimFile(first.language.lang, first.edition.name).length);
const publicBase = downloadsPage('link[rel="canonical"]')
  .attr('href')!
  .replace(/downloads\/$/, '');

/** Every file of the build, as site paths ("movements/lad/index.html"). */
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .sort();

/** The ZIM's 48×48 illustration: the site's icon as Chromium draws it. */
async function illustration(file: string, browserPath: string): Promise<void> {
  const svg = readFileSync(path.join(dist, 'favicon.svg')).toString('base64');
  const browser = await launchBrowser(browserPath);
  try {
    const page = await browser.newPage({ viewport: { width: 48, height: 48 }, deviceScaleFactor: 1 });
    await page.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="48" height="48" alt=""></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 48, height: 48 } }));
  } finally {
    await browser.close();
  }
}

/** The content types libzim stores; text/html is what it indexes and Kiwix shows as a page. */
const MIME: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  json: 'application/json',
  jsonld: 'application/ld+json',
  csv: 'text/csv',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  xml: 'application/xml',
  txt: 'text/plain',
};

interface Plan {
  zim: string;
  main: string;
  language: string;
  illustration: string;
  metadata: Record<string, string>;
  items: { path: string; file: string; title: string; mimetype: string; front: boolean }[];
  redirects: { path: string; title: string; target: string }[];
}

/** Prepares one language's entries in `work` (the pages and stylesheets rewritten, other files as they are). */
function plan(language: ZimLanguage, edition: string, work: string): Omit<Plan, 'zim' | 'illustration' | 'metadata'> {
  const kept = files.filter((f) => !leftOut(f, language, edition));
  const redirects = new Map<string, string>();
  for (const file of kept.filter((f) => f.endsWith('.html'))) {
    const target = redirectTarget(readFileSync(path.join(dist, file), 'utf8'), base);
    if (target !== undefined) redirects.set(file, entryPath(target));
  }
  // A moved entry's files are copies at their old addresses on the web (src/hosting/redirects.ts); in the ZIM they
  // are redirects, so that the file holds each once (zimcheck's check for redundant entries).
  for (const [from, to] of Object.entries(MOVED_FILES)) {
    if (kept.includes(from.slice(1))) redirects.set(from.slice(1), to.slice(1));
  }
  const context: LinkContext = {
    base,
    publicBase: publicBase + language.root,
    online: (p) => leftOut(p, language, edition) !== undefined,
  };
  const items: Plan['items'] = [];
  for (const file of kept.filter((f) => !redirects.has(f))) {
    const source = path.join(dist, file);
    const ext = path.extname(file).slice(1);
    let content: string | undefined;
    let title = '';
    if (ext === 'html') {
      const html = readFileSync(source, 'utf8');
      title = entryTitle(html, language.creator);
      content = zimPage(html, file, context);
    } else if (ext === 'css') {
      content = zimCss(readFileSync(source, 'utf8'), file, context);
    }
    let stored = source;
    if (content !== undefined) {
      stored = path.join(work, file);
      mkdirSync(path.dirname(stored), { recursive: true });
      writeFileSync(stored, content);
    }
    items.push({
      path: file,
      file: stored,
      title,
      mimetype: MIME[ext] ?? 'application/octet-stream',
      // Pages Kiwix lists, suggests and offers at random; an edition's copies of the pages are reached from them.
      front: ext === 'html' && !/^editions\/[^/]+\//.test(file),
    });
  }
  return {
    main: `${language.root}index.html`,
    language: language.code,
    items,
    redirects: [...redirects].map(([from, to]) => ({ path: from, title: '', target: to })),
  };
}

function write(input: Plan): Promise<void> {
  return new Promise((resolve, reject) => {
    // libzim reports its steps on stdout ("Resolve redirect", "set index"); errors go to stderr.
    const child = spawn(PYTHON, [WRITER], { stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${WRITER} exited with ${code}`))));
    child.stdin.end(JSON.stringify(input));
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'kz-zim-'));
const made: string[] = [];
try {
  const png = path.join(work, 'illustration-48.png');
  await illustration(png, browserPlan.browser);
  const date = new Date().toISOString().slice(0, 10);
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  for (const { language, edition } of zims) {
    const metadata = zimMetadata(language, edition, {
      date,
      source: publicBase + language.root,
      scraper: `kz-movements ${version} (src/build/zim.ts, python-libzim ${libzim})`,
    });
    const problems = metadataProblems(metadata, readFileSync(png));
    if (problems.length) {
      throw new Error(
        `ZIM metadata for ${language.lang} (src/features/zim/model.ts, ZIM_LANGUAGES):\n${problems.join('\n')}`,
      );
    }
    const file = zimFile(language.lang, edition.name);
    const zim = path.join(dist, file);
    rmSync(zim, { force: true });
    const entries = plan(language, edition.name, path.join(work, language.lang));
    await write({ ...entries, zim, illustration: png, metadata });
    made.push(file);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const sizeOf = (file: string) => {
  try {
    return statSync(path.join(dist, file)).size;
  } catch {
    return undefined;
  }
};
writeFileSync(downloadsFile, fillSizes(readFileSync(downloadsFile, 'utf8'), sizeOf));
for (const file of made) console.log(`${file.padEnd(60)} ${formatSize(sizeOf(file)!)}`);
console.log(`ZIM written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// npm run bench: build time at scale, bytes per page (against Astro Starlight for the same text), no-JS reading and
// Lighthouse, against the budgets of issues 9, 15 and 21. Prints a table and writes .bench/results.json. Not part of npm test (minutes).
//   BENCH_SIZES=200,2000 (corpus sizes to build)   BENCH_LIGHTHOUSE=0 (skip Lighthouse)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromiumPath, launchBrowser } from './browser.ts';
import { buildSite, PROJECT_ROOT } from './build-site.ts';
import { readPages, type Page } from './read-pages.ts';
import { REALISTIC, writeCorpus } from './corpus.ts';
import { serveCompressed } from './serve-compressed.ts';
import { WORK_EPUB, WORK_PDF } from '../features/downloads/model.ts';
import { buildWithStarlight } from './bench-starlight.ts';

const KB = 1024;
const BUDGET = {
  firstVisit: 24 * KB,
  /** Our heaviest movement page's HTML + CSS against Starlight's for the same text and notes (issue 21). */
  movementVsStarlight: 0.9,
  optionalJsBrotli: 2 * KB,
  layoutShift: 0,
  lighthouse: { accessibility: 100, 'best-practices': 100, seo: 100, performance: 98 },
  buildGrowth: 1.5,
  entryPdf: 300 * KB,
  workEpub: 1024 * KB,
};
const sizes = (process.env.BENCH_SIZES ?? '200,2000').split(',').filter(Boolean).map(Number);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kz-bench-'));
const budgets: { budget: string; measured: string; pass: boolean | null }[] = [];
const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

// 1. Build time: the real site, then generated corpora, each cold (own cache) in a temporary folder.
interface BuildFigure {
  corpus: string;
  entries: number;
  pages: number;
  seconds: number;
  msPerPage: number;
}
async function timedBuild(corpus: string, contentDir?: string, entries = 0): Promise<BuildFigure & { outDir: string }> {
  const outDir = path.join(tmp, corpus, 'dist');
  const start = performance.now();
  // The generated corpora are built without the downloads: 2,000 PDFs would measure Chromium, not the build.
  const result = await buildSite({
    outDir,
    cacheDir: path.join(tmp, corpus, 'cache'),
    ...(contentDir ? { contentDir, downloads: false } : {}),
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.code !== 0) throw new Error(`${corpus}: the build failed:\n${result.output.slice(-3000)}`);
  const pages = readPages(outDir).length;
  return { corpus, entries, pages, seconds, msPerPage: (seconds * 1000) / pages, outDir };
}

console.log(`Building in ${tmp} …`);
const real = await timedBuild('real site');
const builds: BuildFigure[] = [real];
for (const n of sizes) {
  const contentDir = path.join(tmp, `corpus-${n}`, 'content');
  writeCorpus(contentDir, { entries: n, ...REALISTIC }, PROJECT_ROOT);
  console.log(`  ${n} generated entries …`);
  const figure = await timedBuild(`corpus-${n}`, contentDir, n);
  rmSync(figure.outDir, { recursive: true, force: true });
  builds.push(figure);
}
const [small, large] = [builds.find((b) => b.entries === 200), builds.find((b) => b.entries === 2000)];
if (small && large) {
  const growth = large.msPerPage / small.msPerPage;
  budgets.push({
    budget: `per-page build time at 2,000 entries ≤ ${BUDGET.buildGrowth} × at 200`,
    measured: `${large.msPerPage.toFixed(1)} ms vs ${small.msPerPage.toFixed(1)} ms (× ${growth.toFixed(2)})`,
    pass: growth <= BUDGET.buildGrowth,
  });
}

// 2. Bytes per real page: the HTML and the CSS and JS it loads, raw, gzip (level 9) and brotli (quality 11).
interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}
const fileWeights = new Map<string, Weight>();
function weigh(file: string): Weight {
  let w = fileWeights.get(file);
  if (!w) {
    const data = readFileSync(file);
    w = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotliCompressSync(data).length };
    fileWeights.set(file, w);
  }
  return w;
}
const sum = (ws: Weight[]): Weight =>
  ws.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
/** JS files a module loads, following its static imports. */
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) =>
    path.resolve(path.dirname(file), m[1]!),
  );
  return [file, ...imports.flatMap((i) => withImports(i, seen))];
}
interface PageWeight {
  url: string;
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
}
function pageWeight(page: Page, distDir: string): PageWeight {
  const local = (href: string) => path.join(distDir, new URL(href, 'http://x/').pathname);
  const css = page
    .$('link[rel="stylesheet"][href]')
    .map((_, l) => local(page.$(l).attr('href')!))
    .get();
  const scripts = page
    .$('script[src], link[rel="modulepreload"][href]')
    .map((_, s) => local(page.$(s).attr('src') ?? page.$(s).attr('href')!))
    .get();
  const jsFiles = [...new Set(scripts.flatMap((s) => withImports(s)))];
  const inline = page
    .$('script:not([src])')
    .map((_, s) => page.$(s).html() ?? '')
    .get()
    .join('');
  const inlineJs = inline
    ? { raw: Buffer.byteLength(inline), gzip: gzipSync(inline).length, brotli: brotliCompressSync(inline).length }
    : sum([]);
  const html = weigh(page.file);
  const cssW = sum(css.map(weigh));
  const jsExternal = sum(jsFiles.map(weigh));
  return { url: page.url, html, css: cssW, js: sum([jsExternal, inlineJs]), total: sum([html, cssW, jsExternal]) };
}
const pages = readPages(real.outDir).filter((p) => p.url !== '/404.html');
const weights = pages.map((p) => pageWeight(p, real.outDir)).sort((a, b) => b.total.brotli - a.total.brotli);
const largest = weights[0]!;
const movementPages = weights.filter((w) => /^\/movements\/[^/]+\/$/.test(w.url));
const heaviestMovement = movementPages.reduce((a, b) =>
  b.html.brotli + b.css.brotli > a.html.brotli + a.css.brotli ? b : a,
);
// The same text and notes as Starlight Markdown, built by Starlight with the site's Astro (installed apart, once).
const astroVersion = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules/astro/package.json'), 'utf8')) as {
    version: string;
  }
).version;
console.log(`  the same entry with Astro Starlight …`);
const starlight = buildWithStarlight(
  readFileSync(path.join(real.outDir, heaviestMovement.url, 'index.html'), 'utf8'),
  path.join(PROJECT_ROOT, '.bench/starlight'),
  astroVersion,
);
const oursHtmlCss = heaviestMovement.html.brotli + heaviestMovement.css.brotli;
const starlightHtmlCss = starlight.html + starlight.css;
const starlightRatio = oursHtmlCss / starlightHtmlCss;
budgets.push({
  budget: `movement page HTML + CSS ≤ ${BUDGET.movementVsStarlight} × Starlight's for the same text and notes (brotli)`,
  measured: `${kb(oursHtmlCss)} vs ${kb(starlightHtmlCss)}: × ${starlightRatio.toFixed(2)} (${heaviestMovement.url}, the heaviest)`,
  pass: starlightRatio <= BUDGET.movementVsStarlight,
});
const heaviestJs = weights.reduce((a, b) => (b.js.brotli > a.js.brotli ? b : a));
budgets.push({
  budget: `optional JavaScript per page ≤ ${kb(BUDGET.optionalJsBrotli)} brotli`,
  measured: `${kb(heaviestJs.js.brotli)} (${heaviestJs.url}, the most)`,
  pass: heaviestJs.js.brotli <= BUDGET.optionalJsBrotli,
});

// Downloads (src/build/downloads.ts): every entry's PDF and the whole-work EPUB, as files.
const downloadsDir = path.join(real.outDir, 'downloads');
const downloadFiles = readdirSync(downloadsDir)
  .filter((f) => /\.(pdf|epub)$/.test(f))
  .map((file) => ({ file, bytes: statSync(path.join(downloadsDir, file)).size }));
const entryPdfs = downloadFiles.filter((f) => f.file.endsWith('.pdf') && f.file !== path.basename(WORK_PDF));
const heaviestPdf = entryPdfs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const epub = downloadFiles.find((f) => f.file === path.basename(WORK_EPUB))!;
budgets.push({
  budget: `each entry PDF ≤ ${kb(BUDGET.entryPdf)}`,
  measured: `${kb(heaviestPdf.bytes)} (${heaviestPdf.file}, the largest of ${entryPdfs.length})`,
  pass: heaviestPdf.bytes <= BUDGET.entryPdf,
});
budgets.push({
  budget: `whole-work EPUB ≤ ${kb(BUDGET.workEpub)}`,
  measured: kb(epub.bytes),
  pass: epub.bytes <= BUDGET.workEpub,
});

// 3. In Chromium: the same text with JavaScript off as on, and Lighthouse (mobile) where it runs.
const server = await serveCompressed(real.outDir);
const homeAndMovement = ['/', movementPages[0]!.url];
const browser = await launchBrowser();
const noJs: { url: string; textWithJs: number; textWithoutJs: number }[] = [];
/** The web fonts the browser chose to fetch for the page (it fetches a subset only when the page uses it). */
const fonts: { url: string; files: number; bytes: number }[] = [];
for (const url of homeAndMovement) {
  const lengths: number[] = [];
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: 'load' });
    if (javaScriptEnabled) {
      const sizes = await page.evaluate(async () => {
        await document.fonts.ready;
        return performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.woff2'))
          .map((r) => (r as PerformanceResourceTiming).encodedBodySize);
      });
      fonts.push({ url, files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) });
    }
    // Controls a script adds (a copy button) are not reading matter, nor the margin copies of notes it places
    // (aria-hidden: the notes list, in the HTML, is the note): leave them out of the count.
    lengths.push(
      await page.evaluate(() => {
        document.querySelectorAll('button, [role="button"], [aria-hidden="true"]').forEach((b) => b.remove());
        return document.body.innerText.length;
      }),
    );
    await context.close();
  }
  noJs.push({ url, textWithJs: lengths[0]!, textWithoutJs: lengths[1]! });
}
// Everything a first visit to the heaviest movement page transfers (HTML, CSS, JS, fonts, images), as the browser
// counts it over the brotli server, and how far its layout shifts while it loads, on a desktop and a phone screen.
const firstVisits: { size: string; bytes: number; files: { name: string; bytes: number }[]; layoutShift: number }[] =
  [];
for (const [size, viewport] of [
  ['1280×800', { width: 1280, height: 800 }],
  ['390×844', { width: 390, height: 844 }],
  // Wide enough for the margin notes, which the notes script places after load.
  ['1440×900', { width: 1440, height: 900 }],
] as const) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL(heaviestMovement.url.slice(1), server.url).href, { waitUntil: 'load' });
  const visit = await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => setTimeout(r, 500));
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    return {
      files: entries.map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize })),
      layoutShift: (window as unknown as { shift: number }).shift,
    };
  });
  firstVisits.push({ size, bytes: visit.files.reduce((a, f) => a + f.bytes, 0), ...visit });
  await context.close();
}
await browser.close();
const heaviestVisit = firstVisits.reduce((a, b) => (b.bytes > a.bytes ? b : a));
budgets.push({
  budget: `first visit to a movement page transfers ≤ ${kb(BUDGET.firstVisit)} (HTML, CSS, JS, fonts, images; compressed)`,
  measured: `${kb(heaviestVisit.bytes)} in ${heaviestVisit.files.length} files (${heaviestMovement.url} at ${heaviestVisit.size})`,
  pass: heaviestVisit.bytes <= BUDGET.firstVisit,
});
budgets.push({
  budget: 'no layout shift while a movement page loads (CLS = 0)',
  measured: firstVisits.map((v) => `${v.size}: ${v.layoutShift.toFixed(4)}`).join(', '),
  pass: firstVisits.every((v) => v.layoutShift <= BUDGET.layoutShift),
});
budgets.push({
  budget: 'no JavaScript needed to read (same text with JS off)',
  measured: noJs.map((n) => `${n.url} ${n.textWithoutJs}/${n.textWithJs} chars`).join(', '),
  pass: noJs.every((n) => n.textWithoutJs >= n.textWithJs),
});

type Scores = Record<string, number>;
let lighthouse: { url: string; scores: Scores }[] | { unavailable: string } = {
  unavailable: 'skipped (BENCH_LIGHTHOUSE=0)',
};
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  try {
    const { default: run } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({
      chromePath: chromiumPath('Lighthouse needs Chromium or Chrome'),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    try {
      lighthouse = [];
      // The home page and every movement page (the budget names one; all of them must meet it).
      for (const url of ['/', ...movementPages.map((p) => p.url)]) {
        const result = await run(new URL(url.slice(1), server.url).href, {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const categories = result?.lhr.categories ?? {};
        const scores = Object.fromEntries(
          Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
        );
        lighthouse.push({ url, scores });
      }
    } finally {
      chrome.kill();
    }
  } catch (error) {
    lighthouse = { unavailable: `Lighthouse did not run: ${(error as Error).message}` };
  }
}
await server.close();
if (Array.isArray(lighthouse)) {
  for (const [category, min] of Object.entries(BUDGET.lighthouse)) {
    const lowest = lighthouse.reduce((a, b) => ((b.scores[category] ?? 0) < (a.scores[category] ?? 0) ? b : a));
    budgets.push({
      budget: `Lighthouse ${category} ${min === 100 ? '= 100' : `≥ ${min}`} (mobile)`,
      measured: `lowest ${lowest.scores[category] ?? '?'} (${lowest.url}) of ${lighthouse.length} pages`,
      pass: lighthouse.every((l) => (l.scores[category] ?? 0) >= min),
    });
  }
} else {
  budgets.push({ budget: 'Lighthouse scores (mobile)', measured: lighthouse.unavailable, pass: null });
}

// 4. Report.
console.log('\nBuild time (cold, own cache; includes Astro start-up)');
console.table(
  builds.map((b) => ({
    corpus: b.corpus,
    entries: b.entries || '',
    pages: b.pages,
    seconds: +b.seconds.toFixed(1),
    'ms/page': +b.msPerPage.toFixed(1),
  })),
);
console.log('Bytes per page: HTML + CSS + JS it loads (fonts and images not counted), KB');
console.table(
  weights.map((w) => ({
    page: w.url,
    raw: +(w.total.raw / KB).toFixed(1),
    gzip: +(w.total.gzip / KB).toFixed(1),
    brotli: +(w.total.brotli / KB).toFixed(1),
    'HTML+CSS br': +((w.html.brotli + w.css.brotli) / KB).toFixed(1),
    'JS raw': +(w.js.raw / KB).toFixed(1),
    'JS br': +(w.js.brotli / KB).toFixed(1),
  })),
);
console.log(
  `Heaviest movement page against Starlight ${starlight.version} (same text and notes; ${path.relative(PROJECT_ROOT, starlight.markdownFile)}), brotli:`,
);
console.table([
  {
    site: 'this site',
    HTML: kb(heaviestMovement.html.brotli),
    CSS: kb(heaviestMovement.css.brotli),
    'HTML+CSS': kb(oursHtmlCss),
  },
  { site: 'Starlight', HTML: kb(starlight.html), CSS: kb(starlight.css), 'HTML+CSS': kb(starlightHtmlCss) },
]);
console.log(`Ratio: × ${starlightRatio.toFixed(2)} (budget ≤ ${BUDGET.movementVsStarlight})`);
console.log(`Largest page: ${largest.url} (${kb(largest.total.raw)} raw, ${kb(largest.total.brotli)} brotli)`);
console.log(`Web fonts fetched: ${fonts.map((f) => `${f.url} ${f.files} files, ${kb(f.bytes)}`).join('; ')}`);
for (const v of firstVisits) {
  console.log(
    `First visit to ${heaviestMovement.url} at ${v.size}: ${kb(v.bytes)} transferred (${v.files.map((f) => `${f.name.split('/').pop() || 'page'} ${kb(f.bytes)}`).join(', ')}); layout shift ${v.layoutShift.toFixed(4)}`,
  );
}
console.log('\nDownloads (PDF and EPUB files)');
console.table(downloadFiles.map((f) => ({ file: f.file, size: kb(f.bytes) })));
if (Array.isArray(lighthouse)) {
  console.log(
    '\nLighthouse (mobile emulation, simulated throttling; served with brotli and long cache headers): the home page and every movement page',
  );
  console.table(lighthouse.map((l) => ({ page: l.url, ...l.scores })));
}
console.log('\nBudgets');
console.table(budgets.map((b) => ({ '': verdict(b.pass), budget: b.budget, measured: b.measured })));

const out = path.join(PROJECT_ROOT, '.bench/results.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, load: os.loadavg() },
      builds,
      pages: weights,
      largest: largest.url,
      starlight: { ...starlight, ours: oursHtmlCss, ratio: starlightRatio },
      fonts,
      firstVisits,
      downloads: downloadFiles,
      noJs,
      lighthouse,
      budgets,
    },
    null,
    2,
  ),
);
console.log(`\nFigures written to ${path.relative(PROJECT_ROOT, out)}`);
rmSync(tmp, { recursive: true, force: true });
if (budgets.some((b) => b.pass === false)) process.exitCode = 1;

// Prints a PDF of every entry and of the whole work with Chromium, and makes the whole work an EPUB 3, from the built site.
// Usage: npm run downloads   (after `npm run build`; `npm run build` runs it too), or: node src/build/downloads.ts <dist>
// It reads the built /downloads/ page for what to make, serves the build on 127.0.0.1, and writes into <dist>/downloads/.
// Without Chromium or Chrome (src/build/chromium.ts) it fails, saying how to get one; a local build (`npm start`,
// LOCAL_BUILD=1), whose pages then list no PDFs, makes the EPUB alone and says in one line what was skipped.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { entryPdf, fillSizes, formatSize, WORK_EPUB, WORK_PDF } from '../features/downloads/model.ts';
import { epubZip, type EpubBook, type EpubDocument, type TocItem } from '../features/downloads/epub.ts';
import { copyMovedFiles } from '../hosting/host-files.ts';
import { escapeXml, headingsOf, partContent, partId, toXhtml, type PartOptions } from '../features/downloads/work.ts';
import { MOVED_FILES } from '../hosting/redirects.ts';
import { launchBrowser } from './browser.ts';
import { pdfPlan } from './chromium.ts';
import { serve } from './server.ts';
import { staticFontFaces } from './pdf-fonts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dist = path.resolve(process.argv[2] ?? 'dist');
const started = Date.now();

const plan = pdfPlan();
if ('error' in plan) {
  console.error(plan.error);
  process.exit(1);
}

const pageHtml = (sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const downloadsPage = load(pageHtml('downloads/'));

// The pages were built knowing whether the PDFs would be made (src/features/downloads/load.ts): they must agree.
if (downloadsPage('a[data-download="work-pdf"]').length !== (plan.pdfs ? 1 : 0)) {
  console.error(
    `${dist}/downloads/ was built ${plan.pdfs ? 'without' : 'with'} the PDFs, but they can${plan.pdfs ? '' : 'not'} be made now: build again (CHROMIUM_PATH or LOCAL_BUILD changed).`,
  );
  process.exit(1);
}

// Where the build lives: its base path from the page's own link, its public address from its canonical URL.
const workEpubHref = downloadsPage('a[data-download="work-epub"]').attr('href')!;
const base = workEpubHref.slice(0, -WORK_EPUB.length);
const publicBase = downloadsPage('link[rel="canonical"]')
  .attr('href')!
  .replace(/downloads\/$/, '');

interface Group {
  title: string;
  entries: { path: string; title: string }[];
}
const groups: Group[] = downloadsPage('#entries ~ h3')
  .toArray()
  .map((h) => ({
    title: downloadsPage(h).text().trim(),
    entries: downloadsPage(h)
      .next('ul')
      .find('[data-page]')
      .toArray()
      .map((a) => ({ path: downloadsPage(a).attr('data-page')!, title: downloadsPage(a).text().trim() })),
  }));
const entries = groups.flatMap((g) => g.entries);
const BACK_MATTER = [
  { path: 'sources/', title: 'Sources' },
  { path: 'primary-source/', title: 'Primary source' },
];
const facts = {
  title: downloadsPage('[data-work="title"]').text().trim(),
  date: downloadsPage('[data-work="date"] time').attr('datetime')!,
  dateText: downloadsPage('[data-work="date"] time').text().trim(),
  citation: downloadsPage('[data-work="citation"]'),
  licence: downloadsPage('[data-work="licence"]'),
};
const inWork = new Set([...entries, ...BACK_MATTER].map((p) => p.path));

mkdirSync(path.join(dist, 'downloads'), { recursive: true });

/** The build served on 127.0.0.1 and a browser context that prints from it (only when the PDFs are made). */
async function printer(browserPath: string) {
  const server = await serve(dist, base);
  const browser = await launchBrowser(browserPath);
  const context = await browser.newContext();
  // The stylesheets as the PDFs see them: with static fonts (see pdf-fonts.ts), made once per stylesheet.
  const printCss = new Map<string, Promise<string>>();
  await context.route(/\.css$/, async (route) => {
    const url = route.request().url();
    if (!printCss.has(url)) {
      const css = readFileSync(path.join(dist, new URL(url).pathname.slice(base.length)), 'utf8');
      printCss.set(
        url,
        staticFontFaces(css, (font) => readFileSync(path.join(dist, new URL(font, url).pathname.slice(base.length)))),
      );
    }
    await route.fulfill({ contentType: 'text/css', body: await printCss.get(url)! });
  });
  return { server, browser, context };
}
type Printer = Awaited<ReturnType<typeof printer>>;

const PDF_OPTIONS = {
  format: 'A4',
  tagged: true,
  outline: true,
  printBackground: false,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width:100%;font-size:8pt;text-align:center;font-family:serif;color:#444"><span class="pageNumber"></span></div>',
  margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
} as const;

/** Links to other pages of the site lead to its public address, not to the local server the PDF is printed from. */
async function publicLinks(page: Page, local: string): Promise<void> {
  await page.evaluate(
    ({ local, pub }) => {
      for (const a of document.querySelectorAll('a[href]')) {
        const target = new URL(a.getAttribute('href')!, location.href);
        if (!target.href.startsWith(local)) continue;
        if (target.pathname === location.pathname) {
          a.setAttribute('href', target.hash || '#');
          continue;
        }
        a.setAttribute('href', pub + target.href.slice(local.length));
        a.setAttribute('data-site-link', '');
      }
    },
    { local, pub: publicBase },
  );
}

async function printPdf(page: Page, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
  writeFileSync(path.join(dist, file), await compact(await page.pdf(PDF_OPTIONS), headings));
}

/**
 * Chromium writes every object of the tag tree uncompressed, which is most of an entry's PDF. Saved again with
 * object streams (PDF 1.5), the same objects take about 40% less; pages, tags, outline and links are untouched.
 */
async function compact(pdf: Buffer, headings: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  fixOutlineTitles(doc, headings);
  return doc.save({ useObjectStreams: true });
}

/**
 * Chromium builds each bookmark from the heading's lines as laid out, so a heading that wraps loses the space at
 * the break ("othermovements"). Each bookmark gets back the text of the heading it was made from.
 */
function fixOutlineTitles(doc: PDFDocument, headings: string[]): void {
  const bare = (text: string) => text.replace(/\s+/g, '');
  const byBare = new Map(headings.map((h) => [bare(h), h]));
  headings.sort((a, b) => b.length - a.length); // the longest heading that explains a doubled title
  const visit = (ref: unknown) => {
    for (let item: PDFDict | undefined = doc.context.lookup(ref as PDFRef, PDFDict); item;) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFHexString || title instanceof PDFString) {
        const text = bare(title.decodeText());
        // A heading at the top of a page that its article starts has its first line twice ("AlashAlash").
        const heading =
          byBare.get(text) ??
          headings.find(
            (h) => text.endsWith(bare(h)) && bare(h).startsWith(text.slice(0, text.length - bare(h).length)),
          );
        if (heading) item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
      }
      if (item.get(PDFName.of('First'))) visit(item.get(PDFName.of('First')));
      const next = item.get(PDFName.of('Next'));
      item = next ? doc.context.lookup(next as PDFRef, PDFDict) : undefined;
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outlines?.get(PDFName.of('First'))) visit(outlines.get(PDFName.of('First')));
}

const workCss = readFileSync(path.join(ROOT, 'src/styles/work-print.css'), 'utf8');

/** Each entry page as printed by a reader, with the site's print styles. */
async function entryPdfs({ server, context }: Printer): Promise<void> {
  const queue = [...entries];
  const tab = async () => {
    const page = await context.newPage();
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      await page.goto(new URL(entry.path, server.url).href);
      await publicLinks(page, server.url);
      await page.addStyleTag({ content: 'a[data-site-link]::after { content: none !important; }' });
      await printPdf(page, entryPdf(entry.path));
    }
    await page.close();
  };
  await Promise.all([tab(), tab()]);
}

/** The options for one part in the one-document PDF: ids prefixed with the part's id, links as fragments. */
function pdfPartOptions(sitePath: string, shift: number): PartOptions {
  return {
    base,
    publicBase,
    inWork,
    href: (p, id) => `#${partId(p)}${id ? `--${id}` : ''}`,
    idPrefix: `${partId(sitePath)}--`,
    shift,
  };
}

/** The whole work as one HTML document in the site's styles, printed to one PDF. */
async function workPdf({ server, context }: Printer): Promise<void> {
  const $ = load(pageHtml('downloads/'));
  $('body').empty().append('<main class="work mx-auto"></main>');
  $('head')
    .find('script, link[rel="preload"], link[rel="alternate"], link[rel="manifest"], meta[name="description"]')
    .remove();
  $('title').text(facts.title);
  $('head').append(`<style>${workCss}</style>`);
  const main = $('main');
  const contents: string[] = [];
  main.append(
    `<section class="work-cover prose prose-stone max-w-none"><h1 class="font-sans">${escapeXml(facts.title)}</h1>` +
      `<p>Text as of ${escapeXml(facts.dateText)}. Online at <a href="${publicBase}">${escapeXml(publicBase)}</a>.</p>` +
      `<p><strong>How to cite:</strong> ${facts.citation.html()}</p><p><strong>Licence:</strong> ${facts.licence.html()}</p></section>`,
  );
  for (const group of groups) {
    const items = group.entries.map((entry) => {
      const { $: page, article } = partContent(
        { path: entry.path, html: pageHtml(entry.path) },
        pdfPartOptions(entry.path, 1),
      );
      article.addClass('work-part').attr('id', partId(entry.path));
      return { entry, html: page.html(article) };
    });
    contents.push(
      `<li>${escapeXml(group.title)}<ol>${items.map(({ entry }) => `<li><a href="#${partId(entry.path)}">${escapeXml(entry.title)}</a></li>`).join('')}</ol></li>`,
    );
    main.append(
      `<section class="work-group"><h1 class="font-sans">${escapeXml(group.title)}</h1>${items.map((i) => i.html).join('')}</section>`,
    );
  }
  for (const back of BACK_MATTER) {
    const { $: page, article } = partContent(
      { path: back.path, html: pageHtml(back.path) },
      pdfPartOptions(back.path, 0),
    );
    article.addClass('work-part').attr('id', partId(back.path));
    contents.push(`<li><a href="#${partId(back.path)}">${escapeXml(back.title)}</a></li>`);
    main.append(page.html(article));
  }
  main
    .find('.work-cover')
    .after(
      `<section class="work-contents prose prose-stone max-w-none"><h2 class="font-sans">Contents</h2><ol>${contents.join('')}</ol></section>`,
    );
  const url = new URL('downloads/whole-work/', server.url).href;
  const page = await context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: $.html() }));
  await page.goto(url);
  await printPdf(page, WORK_PDF);
  await page.close();
}

/** The classes the EPUB's stylesheet styles; the site's utility classes mean nothing there and are dropped. */
const epubCss = readFileSync(path.join(ROOT, 'src/styles/epub.css'), 'utf8');
const EPUB_CLASSES = new Set(
  [...epubCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]!),
);

function epubClasses($: CheerioAPI): void {
  $('[class]').each((_, el) => {
    const kept = ($(el).attr('class') ?? '').split(/\s+/).filter((c) => EPUB_CLASSES.has(c));
    if (kept.length) $(el).attr('class', kept.join(' '));
    else $(el).removeAttr('class');
  });
}

/** Turns the site's note markup into EPUB endnotes: noterefs, the endnotes section and its notes, back-links. */
function epubNotes($: CheerioAPI): void {
  $('a[role="doc-noteref"]').attr('epub:type', 'noteref');
  $('section[role="doc-endnotes"]').attr('epub:type', 'endnotes');
  $('section[role="doc-endnotes"] > ol > li').attr('epub:type', 'endnote');
  $('a[role="doc-backlink"]').attr('epub:type', 'backlink');
  $('[data-site-link]').removeAttr('data-site-link');
}

const epubFile = (sitePath: string) => `${partId(sitePath)}.xhtml`;

/** The whole work as an EPUB 3 book. */
function workEpub(): Uint8Array {
  const documents: EpubDocument[] = [];
  const toc: TocItem[] = [];
  const options = (sitePath: string): PartOptions => ({
    base,
    publicBase,
    inWork,
    href: (p, id) => (p === sitePath && id ? `#${id}` : `${epubFile(p)}${id ? `#${id}` : ''}`),
    idPrefix: '',
    shift: 0,
  });
  const addPart = (sitePath: string, title: string, landmark?: EpubDocument['landmark']): TocItem => {
    const { $, article } = partContent({ path: sitePath, html: pageHtml(sitePath) }, options(sitePath));
    epubNotes($);
    epubClasses($);
    const file = epubFile(sitePath);
    documents.push({ file, title, body: toXhtml(article), ...(landmark ? { landmark } : {}) });
    const sections = headingsOf($, article).filter((h) => h.level === 2 && h.id);
    return { title, href: file, children: sections.map((h) => ({ title: h.text, href: `${file}#${h.id}` })) };
  };

  const citation = toXhtml(facts.citation.contents());
  const licence = toXhtml(facts.licence.contents());
  documents.push({
    file: 'title.xhtml',
    title: facts.title,
    landmark: 'titlepage',
    body: `<section class="cover" epub:type="titlepage" aria-labelledby="title"><h1 id="title">${escapeXml(facts.title)}</h1>
<p>Text as of ${escapeXml(facts.dateText)}.</p>
<p>Online at <a href="${escapeXml(publicBase)}">${escapeXml(publicBase)}</a>.</p>
<p><strong>How to cite:</strong> ${citation}</p>
<p><strong>Licence:</strong> ${licence}</p>
<p>Set in Noto Serif, under the <a href="fonts-licence.xhtml">SIL Open Font License</a>.</p></section>`,
  });
  toc.push({ title: 'Title page', href: 'title.xhtml' });
  let first = true;
  for (const group of groups) {
    toc.push({
      title: group.title,
      children: group.entries.map((e) => addPart(e.path, e.title, first ? ((first = false), 'bodymatter') : undefined)),
    });
  }
  toc.push(addPart('sources/', 'Sources', 'bibliography'));
  toc.push(addPart('primary-source/', 'Primary source', 'backmatter'));
  const ofl = readFileSync(path.join(ROOT, 'src/fonts/OFL-noto-serif.txt'), 'utf8');
  documents.push({
    file: 'fonts-licence.xhtml',
    title: 'Font licence',
    body: `<section aria-labelledby="licence-title"><h1 id="licence-title">Font licence</h1>
<p>The book embeds Noto Serif, cut down to the letters it needs, under this licence:</p>
<pre class="licence">${escapeXml(ofl)}</pre></section>`,
  });
  toc.push({ title: 'Font licence', href: 'fonts-licence.xhtml' });

  // The site sets its text in the reader's own fonts; the book embeds its own (src/fonts/epub/).
  const fontFaces = readFileSync(path.join(ROOT, 'src/fonts/epub/fonts.css'), 'utf8')
    .split(/(?=@font-face)/)
    .filter((rule) => rule.includes('"Noto Serif Variable"'));
  const fonts = fontFaces.map((rule) => {
    const file = /url\("\.\.\/fonts\/([^"]+)"\)/.exec(rule)![1]!;
    return { file, data: readFileSync(path.join(ROOT, 'src/fonts/epub', file)) };
  });
  const faces = fontFaces
    .map((rule) =>
      rule
        .replace('"Noto Serif Variable"', '"Noto Serif"')
        .replace(/url\("\.\.\/fonts\/([^"]+)"\) format\("[^"]+"\)/, 'url("fonts/$1") format("woff2")')
        .replace(/font-display:[^;]+;\s*/, '')
        .trim(),
    )
    .join('\n');

  const book: EpubBook = {
    identifier: publicBase,
    title: facts.title,
    lang: 'en',
    date: facts.date,
    rights: facts.licence.text().replace(/\s+/g, ' ').trim(),
    accessibility: {
      accessMode: ['textual'],
      accessModeSufficient: ['textual'],
      accessibilityFeature: ['tableOfContents', 'structuralNavigation'],
      accessibilityHazard: ['none'],
      accessibilitySummary: [
        "Text only: no images, audio, video, animation or scripts. A table of contents lists every entry and its sections; every section has a heading; the notes are endnotes linked to and from the text; Kazakh and Russian names are marked with their language, and the embedded fonts cover the Kazakh letters. EPUBCheck reports no errors and no warnings, and the project's tests check the headings, the note links and the language marks. It has not been checked against WCAG by an accessibility checker.",
      ],
    },
    documents,
    toc,
    stylesheet: `${faces}\n${epubCss}`,
    fonts,
  };
  return epubZip(book);
}

if (plan.pdfs) {
  const printing = await printer(plan.browser);
  try {
    await entryPdfs(printing);
    await workPdf(printing);
  } finally {
    await printing.browser.close();
    await printing.server.close();
  }
}
writeFileSync(path.join(dist, WORK_EPUB), workEpub());
// A moved entry's PDF stays at its old address too (src/redirects.ts, MOVED_FILES).
copyMovedFiles(dist, MOVED_FILES, (from) => from.startsWith('/downloads/'));

const sizeOf = (file: string) => {
  try {
    return statSync(path.join(dist, file)).size;
  } catch {
    return undefined;
  }
};
writeFileSync(path.join(dist, 'downloads/index.html'), fillSizes(pageHtml('downloads/'), sizeOf));
for (const file of plan.pdfs ? [WORK_PDF, WORK_EPUB, ...entries.map((e) => entryPdf(e.path))] : [WORK_EPUB]) {
  console.log(`${file.padEnd(60)} ${formatSize(sizeOf(file)!)}`);
}
if ('warning' in plan) console.warn(`Warning: ${plan.warning}`);
console.log(`Downloads written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

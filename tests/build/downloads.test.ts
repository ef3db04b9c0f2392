// The downloads as files: each entry's PDF and the whole work's PDF read back with PDF.js (unpdf), the EPUB checked by
// EPUBCheck and opened as a zip. They are the files the test build made (src/build/build-site.ts runs src/build/downloads.ts).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { load, type CheerioAPI } from 'cheerio';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { entryPdf, formatSize, WORK_EPUB, WORK_PDF } from '../../src/features/downloads/model';
import { parseUnicodeRange } from '../../src/build/unicode-range';

const dist = inject('distDir');
const html = (sitePath: string) => load(readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8'));
const downloads = html('downloads/');
const entries = downloads('a[data-download="entry"]')
  .toArray()
  .map((a) => ({ path: downloads(a).attr('data-page')!, title: downloads(a).text().trim() }));

/** What the print styles hide (src/styles/global.css, `@media print`): no heading inside them is printed. */
const NOT_PRINTED =
  '.site-header, .site-footer, .skip-link, .sidenote, .note-preview, nav, .para-link, .cite-page, .screen-only, [hidden]';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The headings a page prints, in order. */
function printedHeadings($: CheerioAPI): string[] {
  return $('main h1, main h2, main h3, main h4, main h5, main h6')
    .toArray()
    .filter((h) => $(h).closest(NOT_PRINTED).length === 0)
    .map((h) => squash($(h).text()));
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}
const flatten = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [squash(n.title), ...flatten(n.items)]);

async function openPdf(file: string) {
  return getDocumentProxy(new Uint8Array(readFileSync(path.join(dist, file))));
}

/** The first words of the entry's first paragraph under Overview, up to its first note. */
function knownParagraph($: CheerioAPI): string {
  const p = $('main article h2 + p').first().clone();
  p.find('.sidenote, .para-link').remove();
  const text = squash(p.text());
  const firstNote = squash(p.find('sup').first().text());
  return text.slice(0, firstNote ? text.indexOf(firstNote) : undefined).trim();
}

describe('links to the downloads', () => {
  test('every entry page links its own PDF and the whole work as PDF and EPUB, and the files exist', () => {
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const $ = html(entry.path);
      const hrefs = $('main a[href]')
        .map((_, a) => $(a).attr('href'))
        .get();
      for (const file of [entryPdf(entry.path), WORK_PDF, WORK_EPUB]) {
        expect(hrefs, `${entry.path} links ${file}`).toContain(`/${file}`);
        expect(statSync(path.join(dist, file)).size, file).toBeGreaterThan(1000);
      }
    }
  });

  test('/downloads/ lists every file with its real size', () => {
    const sizes = downloads('[data-size-of]').toArray();
    expect(sizes.length).toBe(entries.length + 2 + downloads('a[data-download="zim"]').length);
    for (const span of sizes) {
      const file = downloads(span).attr('data-size-of')!;
      expect(downloads(span).text(), file).toBe(formatSize(statSync(path.join(dist, file)).size));
    }
  });
});

describe('the PDF of each entry', () => {
  test('is tagged, with an outline of the headings the page prints', async () => {
    for (const entry of entries) {
      const pdf = await openPdf(entryPdf(entry.path));
      expect(await pdf.getMarkInfo(), entry.path).toMatchObject({ Marked: true });
      expect(await (await pdf.getPage(1)).getStructTree(), entry.path).not.toBeNull();
      const outline = ((await pdf.getOutline()) ?? []) as OutlineNode[];
      expect(flatten(outline), entry.path).toEqual(printedHeadings(html(entry.path)));
    }
  });

  test('has the text of the page, note links inside the file and site links to the public address', async () => {
    const $ = html('movements/lad/');
    const publicBase = $('link[rel="canonical"]')
      .attr('href')!
      .replace(/movements\/lad\/$/, '');
    const pdf = await openPdf(entryPdf('movements/lad/'));
    const { text } = await extractText(pdf, { mergePages: true });
    const paragraph = knownParagraph($);
    expect(paragraph.length).toBeGreaterThan(80);
    expect(squash(text)).toContain(paragraph);
    const links = (
      await Promise.all(
        Array.from({ length: pdf.numPages }, async (_, i) => (await pdf.getPage(i + 1)).getAnnotations()),
      )
    )
      .flat()
      .filter((a) => a.subtype === 'Link');
    const internal = links.filter((a) => a.dest);
    // Every note reference and back-link is a jump inside the file.
    expect(internal.length).toBeGreaterThanOrEqual(
      $('a[role="doc-noteref"]').length + $('a[role="doc-backlink"]').length,
    );
    const urls = links.map((a) => a.url as string | undefined).filter((u): u is string => Boolean(u));
    expect(urls.filter((u) => u.startsWith(publicBase)).length).toBeGreaterThan(0);
    expect(urls.filter((u) => /^https?:\/\/(127\.0\.0\.1|localhost)/.test(u) && !u.startsWith(publicBase))).toEqual([]);
  });
});

describe('the PDF of the whole work', () => {
  test('is tagged; its outline has the cover, contents, each entry with its headings, the sources and the primary source', async () => {
    const pdf = await openPdf(WORK_PDF);
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const outline = ((await pdf.getOutline()) ?? []) as OutlineNode[];
    const title = squash(downloads('[data-work="title"]').text());
    expect(outline.map((n) => squash(n.title))).toEqual([
      title,
      'Movements',
      'Context',
      ...['sources/', 'primary-source/'].map((p) => printedHeadings(html(p))[0]),
    ]);
    expect(flatten(outline[0]!.items)).toEqual(['Contents']);
    const parts = outline.filter((n) => n.title === 'Movements' || n.title === 'Context').flatMap((n) => n.items);
    expect(parts.map((n) => squash(n.title))).toEqual(entries.map((e) => printedHeadings(html(e.path))[0]));
    for (const [i, part] of parts.entries())
      expect(flatten(part.items)).toEqual(printedHeadings(html(entries[i]!.path)).slice(1));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(squash(text)).toContain(knownParagraph(html('movements/lad/')));
  });

  test('is unsigned, as the pages are: no author in the file or in the citation /downloads/ gives', async () => {
    const info = (await (await openPdf(WORK_PDF)).getMetadata()).info as Record<string, unknown>;
    expect(info.Author ?? '').toBe('');
    const citation = squash(downloads('[data-work="citation"]').text());
    expect(citation).toMatch(/^Kazakhstan’s Political Movements, 1986–1995[.,]/);
    expect(citation).not.toMatch(/editors/i);
  });
});

describe('the EPUB of the whole work', () => {
  const file = path.join(dist, WORK_EPUB);
  let files: Record<string, string>;
  beforeAll(() => {
    files = Object.fromEntries(
      Object.entries(unzipSync(readFileSync(file))).map(([name, data]) => [name, new TextDecoder().decode(data)]),
    );
  });

  test('passes EPUBCheck with no errors and no warnings', { timeout: 120_000 }, async () => {
    const jar = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
    if (!existsSync(jar))
      throw new Error(`EPUBCheck is needed at ${jar}: sudo apt-get install -y epubcheck (or set EPUBCHECK_JAR)`);
    // A short run: the JVM's quick compiler alone and its simplest collector take about a third of the CPU time of its
    // defaults (which tune for long-running servers); the checks EPUBCheck makes are the same.
    const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
    const { stdout, stderr } = await promisify(execFile)('java', [...jvm, '-jar', jar, file]);
    expect(stdout + stderr).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
  });

  test('is unsigned, as the pages are: no dc:creator', () => {
    expect(files['OEBPS/content.opf']).toContain('<dc:title>');
    expect(files['OEBPS/content.opf']).not.toContain('dc:creator');
  });

  test('starts with the mimetype, stored uncompressed', () => {
    const zip = readFileSync(file);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(0); // compression method: stored
    expect(zip.toString('latin1', 30, 38)).toBe('mimetype');
    expect(zip.toString('latin1', 38, 58)).toBe('application/epub+zip');
  });

  test('its table of contents lists every entry, and each entry keeps its notes as endnotes with back-links', () => {
    const nav = load(files['OEBPS/nav.xhtml']!, { xml: true });
    const listed = nav('nav[epub\\:type="toc"] a')
      .map((_, a) => squash(nav(a).text()))
      .get();
    for (const entry of entries) expect(listed).toContain(entry.title);
    for (const entry of entries) {
      const name = `OEBPS/${entry.path.split('/').filter(Boolean).join('-')}.xhtml`;
      const doc = load(files[name]!, { xml: true });
      const refs = doc('a[epub\\:type="noteref"]');
      expect(refs.length, name).toBe(html(entry.path)('a[role="doc-noteref"]').length);
      expect(refs.length, name).toBeGreaterThan(0);
      for (const ref of refs.toArray()) {
        const target = doc(`[id="${doc(ref).attr('href')!.slice(1)}"]`);
        expect(target.attr('epub:type'), `${name} ${doc(ref).attr('href')}`).toBe('endnote');
        expect(target.closest('[epub\\:type="endnotes"]').length).toBe(1);
      }
      for (const back of doc('[epub\\:type="endnote"] a[role="doc-backlink"]').toArray()) {
        expect(doc(`[id="${doc(back).attr('href')!.slice(1)}"]`).attr('epub:type'), `${name} back-link`).toBe(
          'noteref',
        );
      }
    }
  });

  test('keeps the language of Kazakh and Russian names, in fonts that have their letters', () => {
    const docs = Object.entries(files).filter(([name]) => name.endsWith('.xhtml'));
    const langs = docs.flatMap(([, text]) => [...text.matchAll(/<span[^>]* lang="(kk|ru)"/g)].map((m) => m[1]));
    expect(langs).toContain('kk');
    expect(langs).toContain('ru');
    const css = files['OEBPS/book.css']!;
    const covered = new Set(
      [...css.matchAll(/unicode-range:\s*([^;}]+)/g)].flatMap((m) => [...parseUnicodeRange(m[1]!)]),
    );
    for (const [, url] of css.matchAll(/url\("([^"]+)"\)/g)) expect(Object.keys(files)).toContain(`OEBPS/${url}`);
    const letters = new Set(
      docs.flatMap(([, text]) =>
        [...text.replace(/<[^>]+>/g, '')].filter((c) => /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(c)),
      ),
    );
    expect([...letters].filter((c) => !covered.has(c.codePointAt(0)!))).toEqual([]);
    expect(letters).toContain('қ');
  });

  test('states its accessibility from what these checks establish: textual, no media, headings in order', () => {
    const opf = files['OEBPS/content.opf']!;
    const meta = (property: string) =>
      [...opf.matchAll(new RegExp(`<meta property="schema:${property}">([^<]+)</meta>`, 'g'))].map((m) => m[1]);
    expect(meta('accessMode')).toEqual(['textual']);
    expect(meta('accessModeSufficient')).toEqual(['textual']);
    expect(meta('accessibilityFeature')).toEqual(['tableOfContents', 'structuralNavigation']);
    expect(meta('accessibilityHazard')).toEqual(['none']);
    expect(meta('accessibilitySummary')[0]).toContain('EPUBCheck');
    for (const [name, text] of Object.entries(files).filter(([n]) => n.endsWith('.xhtml'))) {
      const $ = load(text, { xml: true });
      // Textual and without hazards: no images, sound, video, scripts or animation.
      expect($('img, svg, audio, video, script, canvas, iframe, object, embed').length, name).toBe(0);
      // Structural navigation: every section has a heading, and no heading skips a level.
      const levels = $('h1, h2, h3, h4, h5, h6')
        .map((_, h) => Number(h.tagName[1]))
        .get();
      expect(levels[0], name).toBe(1);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]! - levels[i - 1]!, `${name} heading ${i + 1}`).toBeLessThanOrEqual(1);
    }
  });
});

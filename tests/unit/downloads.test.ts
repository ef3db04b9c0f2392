import { load } from 'cheerio';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { entryPdf, fillSizes, formatSize } from '../../src/features/downloads/model';
import { epubZip, navDocument, packageDocument, type EpubBook } from '../../src/features/downloads/epub';
import { partContent, toXhtml, type PartOptions } from '../../src/features/downloads/work';

describe('entryPdf()', () => {
  test('names an entry’s PDF after its section and id', () => {
    expect(entryPdf('movements/lad/')).toBe('downloads/movements-lad.pdf');
    expect(entryPdf('context/december-1986/')).toBe('downloads/context-december-1986.pdf');
  });
});

describe('formatSize()', () => {
  test('gives bytes, KB and MB as readers read them', () => {
    expect(formatSize(840)).toBe('840 bytes');
    expect(formatSize(186_000)).toBe('182 KB');
    expect(formatSize(1_300_000)).toBe('1.2 MB');
  });
});

describe('fillSizes()', () => {
  test('fills each size placeholder whose file exists and leaves the others empty', () => {
    const html =
      '<li>A (<span data-size-of="downloads/a.pdf"></span>)</li><li>B (<span data-size-of="downloads/b.pdf"></span>)</li>';
    const filled = fillSizes(html, (file) => (file === 'downloads/a.pdf' ? 2048 : undefined));
    expect(filled).toBe(
      '<li>A (<span data-size-of="downloads/a.pdf">2 KB</span>)</li><li>B (<span data-size-of="downloads/b.pdf"></span>)</li>',
    );
  });
});

const PAGE = `<html><body><nav>Home</nav><main><article>
  <h1>Lad</h1><p class="screen-only"><a href="/kz/movements/lad/history/">History</a></p>
  <p id="p-1">Text<sup><a href="#note-1" id="ref-1" role="doc-noteref">1</a></sup><span class="sidenote">copy</span>
  after <a href="/kz/movements/unity/">Unity</a>, see <a href="/kz/primary-source/#a-4">¶4</a> and <a href="/kz/people/#x">X</a>
  and <a href="https://example.com/">a source</a>.<a class="para-link" href="#p-1">¶</a></p>
  <section role="doc-endnotes" aria-labelledby="notes"><h2 id="notes">Notes</h2><ol><li id="note-1">A note <a href="#ref-1" role="doc-backlink">a</a></li></ol></section>
  <span lang="kk">Қазақ</span>
</article></main></body></html>`;

const options = (over: Partial<PartOptions> = {}): PartOptions => ({
  base: '/kz/',
  publicBase: 'https://example.org/kz/',
  inWork: new Set(['movements/lad/', 'movements/unity/', 'primary-source/']),
  href: (path, id) => `#${path.replaceAll('/', '')}${id ? `--${id}` : ''}`,
  idPrefix: 'lad--',
  shift: 1,
  ...over,
});

describe('partContent()', () => {
  test('keeps the article and drops what only a screen needs: navigation, screen-only links, margin copies', () => {
    const { article } = partContent({ path: 'movements/lad/', html: PAGE }, options());
    const text = article.text();
    expect(text).not.toContain('Home');
    expect(text).not.toContain('History');
    expect(text).not.toContain('copy');
    expect(article.find('.para-link')).toHaveLength(0);
  });

  test('prefixes every id and every reference to one, so that parts can share a document', () => {
    const { article } = partContent({ path: 'movements/lad/', html: PAGE }, options());
    expect(
      article
        .find('[id]')
        .map((_, el) => el.attribs.id)
        .get(),
    ).toEqual(['lad--p-1', 'lad--ref-1', 'lad--notes', 'lad--note-1']);
    expect(article.find('section').attr('aria-labelledby')).toBe('lad--notes');
    expect(article.find('a[role="doc-noteref"]').attr('href')).toBe('#movementslad--note-1');
    expect(article.find('a[role="doc-backlink"]').attr('href')).toBe('#movementslad--ref-1');
  });

  test('points links to other parts inside the work, other pages to the public site, and leaves other sites alone', () => {
    const { article } = partContent({ path: 'movements/lad/', html: PAGE }, options());
    const hrefs = article
      .find('a')
      .map((_, a) => a.attribs.href)
      .get();
    expect(hrefs).toContain('#movementsunity');
    expect(hrefs).toContain('#primary-source--a-4');
    expect(hrefs).toContain('https://example.org/kz/people/#x');
    expect(hrefs).toContain('https://example.com/');
    expect(article.find('a[href="https://example.org/kz/people/#x"]').attr('data-site-link')).toBe('');
  });

  test('moves headings down a level when the work puts the entry under a part heading', () => {
    const { article } = partContent({ path: 'movements/lad/', html: PAGE }, options());
    expect(article.find('h2').first().text()).toBe('Lad');
    expect(article.find('h3').text()).toBe('Notes');
  });

  test('serialises as well-formed XHTML, letters kept as UTF-8', () => {
    const { article } = partContent({ path: 'movements/lad/', html: PAGE }, options({ shift: 0 }));
    const xhtml = toXhtml(article);
    expect(xhtml).toContain('<span lang="kk">Қазақ</span>');
    expect(() => load(xhtml, { xml: { xmlMode: true } })).not.toThrow();
    expect(xhtml).not.toMatch(/<(br|hr|img|meta|link)(\s[^>]*)?[^/]>/);
  });
});

const BOOK: EpubBook = {
  identifier: 'https://example.org/',
  title: 'A & B',
  lang: 'en',
  date: '2026-11-23',
  rights: 'CC BY 4.0',
  accessibility: {
    accessMode: ['textual'],
    accessModeSufficient: ['textual'],
    accessibilityFeature: ['tableOfContents'],
    accessibilityHazard: ['none'],
    accessibilitySummary: ['Text only.'],
  },
  documents: [
    { file: 'title.xhtml', title: 'Title', body: '<h1>A &amp; B</h1>', landmark: 'titlepage' },
    { file: 'one.xhtml', title: 'One', body: '<h1>One</h1>', landmark: 'bodymatter' },
  ],
  toc: [{ title: 'Part', children: [{ title: 'One', href: 'one.xhtml' }] }],
  stylesheet: 'body {}',
  fonts: [{ file: 'a.woff2', data: new Uint8Array([1, 2, 3]) }],
};

describe('the EPUB package', () => {
  test('states the metadata, the accessibility properties and a modification date EPUB accepts', () => {
    const opf = packageDocument(BOOK);
    expect(opf).toContain('<dc:title>A &amp; B</dc:title>');
    // Unsigned, as the site's pages are: no creator is invented for the work.
    expect(opf).not.toContain('dc:creator');
    expect(packageDocument({ ...BOOK, creator: 'A. Author' })).toContain('<dc:creator>A. Author</dc:creator>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-23T00:00:00Z</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityHazard">none</meta>');
    expect(opf).toContain('href="fonts/a.woff2" media-type="font/woff2"');
    expect(opf).toContain('href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"');
  });

  test('its navigation document nests the contents and names the landmarks', () => {
    const nav = navDocument(BOOK);
    expect(nav).toContain('<li><span>Part</span><ol><li><a href="one.xhtml">One</a></li></ol></li>');
    expect(nav).toContain('<a epub:type="bodymatter" href="one.xhtml">One</a>');
  });

  test('the zip starts with the mimetype, uncompressed, and holds every file', () => {
    const zip = epubZip(BOOK);
    expect(new TextDecoder().decode(zip.slice(30, 58))).toBe('mimetypeapplication/epub+zip');
    expect(Object.keys(unzipSync(zip))).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/book.css',
      'OEBPS/fonts/a.woff2',
      'OEBPS/title.xhtml',
      'OEBPS/one.xhtml',
    ]);
  });
});

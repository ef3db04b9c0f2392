import { describe, expect, test } from 'vitest';
import {
  entryPath,
  entryTitle,
  leftOut,
  metadataProblems,
  pngSize,
  redirectTarget,
  relativeUrl,
  withoutZims,
  ZIM_LANGUAGES,
  zimCss,
  zimFile,
  zimMetadata,
  zimName,
  zimPage,
  zimUrl,
  type LinkContext,
  type ZimLanguage,
} from '../../src/features/zim/model';

const english = ZIM_LANGUAGES.find((l) => l.lang === 'en')!;
const edition = { name: '2026-11', date: '2026-11-28', changed: 0 };
const facts = { date: '2026-12-07', source: 'https://example.org/', scraper: 'test' };

/** The first 24 bytes of a PNG: signature, then the IHDR chunk's length, type, width and height. */
function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('zimName() and zimFile()', () => {
  test('the Name is the same for every edition; the file adds the language and the edition, as Kiwix names files', () => {
    expect(zimName('en')).toBe('kazakhstan-political-movements-1986-1995_en');
    expect(zimFile('en', '2026-11')).toBe('downloads/kazakhstan-political-movements-1986-1995_en_2026-11.zim');
  });
});

describe('ZIM_LANGUAGES', () => {
  test('English is the site’s root with the ISO 639-3 code eng, and every language has its own code and folder', () => {
    expect(english).toMatchObject({ code: 'eng', root: '' });
    expect(new Set(ZIM_LANGUAGES.map((l) => l.code)).size).toBe(ZIM_LANGUAGES.length);
    expect(new Set(ZIM_LANGUAGES.map((l) => l.root)).size).toBe(ZIM_LANGUAGES.length);
  });
  test.each(ZIM_LANGUAGES.map((l) => [l.lang, l] as const))(
    'the %s metadata meets openZIM’s rules for an edition name as long as “2026-11”, changed or not',
    (_, language) => {
      for (const changed of [0, 12]) {
        expect(metadataProblems(zimMetadata(language, { ...edition, changed }, facts), png(48, 48))).toEqual([]);
      }
    },
  );
});

describe('zimMetadata()', () => {
  const metadata = zimMetadata(english, edition, facts);
  test('names the edition in the description and the long description, with its date', () => {
    expect(metadata['Description']).toMatch(/edition 2026-11$/);
    expect(metadata['LongDescription']).toContain('Edition 2026-11 of 2026-11-28');
    expect(metadata['LongDescription']).not.toContain('{');
  });
  test('says how many pages were added or changed since the edition only when some were', () => {
    expect(metadata['LongDescription']).not.toContain('since the edition');
    const changed = zimMetadata(english, { ...edition, changed: 3 }, facts)['LongDescription']!;
    expect(changed).toContain('Pages added or changed since the edition: 3; each says so.');
  });
  test('gives the licence, language, source, date and tags, with the full-text index declared', () => {
    expect(metadata).toMatchObject({
      Name: 'kazakhstan-political-movements-1986-1995_en',
      Language: 'eng',
      Date: '2026-12-07',
      Source: 'https://example.org/',
      Creator: 'Kazakhstan’s Political Movements, 1986–1995',
      Publisher: 'Kazakhstan’s Political Movements, 1986–1995',
    });
    expect(metadata['License']).toMatch(/^CC-BY-4\.0 /);
    expect(metadata['Tags']!.split(';')).toContain('_ftindex:yes');
  });
});

describe('metadataProblems()', () => {
  const good = zimMetadata(english, edition, facts);
  test('counts characters, not bytes: a 30-letter Cyrillic title passes, 31 Latin letters do not', () => {
    expect(metadataProblems({ ...good, Title: 'Ж'.repeat(30) }, png(48, 48))).toEqual([]);
    expect(metadataProblems({ ...good, Title: 'a'.repeat(31) }, png(48, 48))).toEqual([
      `Title "${'a'.repeat(31)}" has 31 characters, over 30`,
    ]);
  });
  test('refuses a description over 80 characters and a long description shorter than it', () => {
    const description = 'd'.repeat(81);
    expect(metadataProblems({ ...good, Description: description, LongDescription: 'short' }, png(48, 48))).toEqual([
      `Description "${description}" has 81 characters, over 80`,
      'LongDescription "short" is shorter than the Description',
    ]);
  });
  test('refuses a missing entry, a two-letter language, a date that is not YYYY-MM-DD and a name with spaces', () => {
    const { Creator: _creator, ...rest } = good;
    expect(metadataProblems({ ...rest, Language: 'en', Date: '7 Dec 2026', Name: 'a b' }, png(48, 48))).toEqual([
      'Creator is missing',
      'Language "en" is not ISO 639-3 codes ("eng")',
      'Date "7 Dec 2026" is not YYYY-MM-DD',
      'Name "a b" has spaces',
    ]);
  });
  test('refuses an illustration that is not a 48×48 PNG', () => {
    expect(metadataProblems(good, png(32, 32))).toEqual(['the illustration is 32×32, not 48×48']);
    expect(metadataProblems(good, new TextEncoder().encode('<svg/>'))).toEqual(['the illustration is not a PNG']);
  });
});

describe('pngSize()', () => {
  test('reads the width and height from the header, and nothing from other data', () => {
    expect(pngSize(png(48, 48))).toEqual({ width: 48, height: 48 });
    expect(pngSize(new Uint8Array(10))).toBeUndefined();
  });
});

describe('leftOut()', () => {
  test('keeps every page, asset, data file and citation file, and the pages of the edition the file holds', () => {
    for (const file of [
      'index.html',
      'movements/lad/index.html',
      'movements/lad/timeline.svg',
      'movements/lad/cite.ris',
      '_astro/Base.css',
      'data/movements.csv',
      'favicon.svg',
      'editions/index.html',
      'editions/2026-11/movements/lad/index.html',
    ]) {
      expect(leftOut(file, english, '2026-11'), file).toBeUndefined();
    }
  });
  test('leaves out the site’s own search, the host’s and crawlers’ files, the downloads and other editions', () => {
    for (const file of [
      'pagefind/pagefind.js',
      'search/index.html',
      '_headers',
      '_redirects',
      'robots.txt',
      'sitemap-0.xml',
      '404.html',
      'manifest.webmanifest',
      'feed.xml',
      'downloads/index.html',
      'downloads/movements-lad.pdf',
      'editions/2026-10/movements/lad/index.html',
    ]) {
      expect(leftOut(file, english, '2026-11'), file).toBeDefined();
    }
  });
  test('a language in a folder of its own gets its pages and the shared assets, and the others leave it out', () => {
    const russian: ZimLanguage = { ...english, lang: 'ru', code: 'rus', root: 'ru/' };
    const languages = [english, russian];
    expect(leftOut('ru/movements/lad/index.html', english, '2026-11', languages)).toBe('another language');
    expect(leftOut('ru/movements/lad/index.html', russian, '2026-11', languages)).toBeUndefined();
    expect(leftOut('movements/lad/index.html', russian, '2026-11', languages)).toBe('another language');
    expect(leftOut('_astro/Base.css', russian, '2026-11', languages)).toBeUndefined();
  });
});

describe('entryPath() and relativeUrl()', () => {
  test('a folder’s page is its index.html; a file keeps its name', () => {
    expect(entryPath('')).toBe('index.html');
    expect(entryPath('movements/lad/')).toBe('movements/lad/index.html');
    expect(entryPath('_astro/Base.css')).toBe('_astro/Base.css');
  });
  test('climbs out of the page’s folder as far as the two paths differ', () => {
    expect(relativeUrl('movements/lad/index.html', 'movements/unity/index.html')).toBe('../unity/index.html');
    expect(relativeUrl('movements/lad/index.html', 'movements/lad/timeline.svg')).toBe('timeline.svg');
    expect(relativeUrl('movements/lad/index.html', 'movements/lad/index.html')).toBe('index.html');
    expect(relativeUrl('index.html', 'movements/lad/index.html')).toBe('movements/lad/index.html');
    expect(relativeUrl('movements/lad/index.html', '_astro/Base.css')).toBe('../../_astro/Base.css');
  });
});

describe('zimUrl()', () => {
  const context = (base: string): LinkContext => ({
    base,
    publicBase: `https://example.org${base}`,
    online: (p) => leftOut(p, english, '2026-11') !== undefined,
  });
  const from = 'movements/lad/index.html';
  test('a root-absolute link to a page becomes relative to the page and names its index.html, its fragment kept', () => {
    expect(zimUrl('/movements/unity/#p-1', from, context('/'))).toBe('../unity/index.html#p-1');
    expect(zimUrl('/', from, context('/'))).toBe('../../index.html');
    expect(zimUrl('/_astro/Base.css', from, context('/'))).toBe('../../_astro/Base.css');
  });
  test('the base path a site was built for is taken off first', () => {
    expect(zimUrl('/kz/movements/unity/', from, context('/kz/'))).toBe('../unity/index.html');
  });
  test('a relative link is resolved from the page first', () => {
    expect(zimUrl('../unity/', from, context('/'))).toBe('../unity/index.html');
  });
  test('a link to what the file leaves out leads to the public site, under its base path', () => {
    expect(zimUrl('/search/?q=Lad', from, context('/'))).toBe('https://example.org/search/?q=Lad');
    expect(zimUrl('/kz/downloads/', from, context('/kz/'))).toBe('https://example.org/kz/downloads/');
  });
  test('a link to a file the site does not have stays inside the file, for zimcheck to report', () => {
    expect(zimUrl('/movements/nowhere/', from, context('/'))).toBe('../nowhere/index.html');
  });
  test('links out of the site, to a fragment of the page, and mail links stay as they are', () => {
    for (const url of ['https://creativecommons.org/licenses/by/4.0/', '#note-1', 'mailto:a@example.org', '']) {
      expect(zimUrl(url, from, context('/'))).toBe(url);
    }
  });
  test('a stylesheet’s fonts are rewritten relative to the stylesheet', () => {
    const css = '@font-face{src:url(/_astro/k.woff2) format("woff2")}a{background:url("/_astro/Base.css")}';
    expect(zimCss(css, '_astro/Base.css', context('/'))).toBe(
      '@font-face{src:url(k.woff2) format("woff2")}a{background:url("Base.css")}',
    );
  });
});

describe('zimPage()', () => {
  const page = `<!doctype html><html lang="en"><head><title>Lad · Site</title><link rel="canonical" href="https://example.org/movements/lad/">
<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/_astro/Base.css"></head><body>
<header><a href="/">Site</a><form role="search" action="/search/"><input name="q"></form></header>
<main><p>See <a href="/movements/unity/">Unity</a>.<sup><a href="#note-1" id="ref-1">1</a></sup></p>
<img src="/movements/lad/timeline.svg" alt=""><script type="module" src="/_astro/notes.js"></script></main></body></html>`;
  const html = zimPage(page, 'movements/lad/index.html', {
    base: '/',
    publicBase: 'https://example.org/',
    online: () => false,
  });
  test('rewrites every link and source, and keeps the canonical address of the live page', () => {
    expect(html).toContain('href="../unity/index.html"');
    expect(html).toContain('href="#note-1"');
    expect(html).toContain('src="timeline.svg"');
    expect(html).toContain('src="../../_astro/notes.js"');
    expect(html).toContain('href="../../_astro/Base.css"');
    expect(html).toContain('<link rel="canonical" href="https://example.org/movements/lad/">');
    expect(html).not.toMatch(/(href|src)="\//);
  });
  test('drops the search box, which Kiwix replaces with its own, and the web-app manifest', () => {
    expect(html).not.toContain('role="search"');
    expect(html).not.toContain('manifest');
  });
});

describe('redirectTarget() and entryTitle()', () => {
  test('reads the target of a redirect page as Astro writes it, under the base path', () => {
    const stub =
      '<!doctype html><title>Redirecting to: /kz/movements/unity/</title><meta http-equiv="refresh" content="0;url=/kz/movements/unity/">';
    expect(redirectTarget(stub, '/kz/')).toBe('movements/unity/');
    expect(redirectTarget('<html><title>Lad</title></html>', '/')).toBeUndefined();
  });
  test('a page is listed by its own title, without the site’s name after it', () => {
    expect(entryTitle('<title>Lad · Site</title>', 'Site')).toBe('Lad');
    expect(entryTitle('<title>Site</title>', 'Site')).toBe('Site');
    expect(entryTitle('<head><title>Lad &amp; Unity · Site</title></head>', 'Site')).toBe('Lad & Unity');
  });
});

describe('withoutZims()', () => {
  test('removes the ZIM section of /downloads/ and nothing else', () => {
    const html =
      '<h2>PDF</h2><section data-zim-section aria-labelledby="kiwix"><h2 id="kiwix">Kiwix</h2><ul><li>x</li></ul></section><h2>Each entry</h2>';
    expect(withoutZims(html)).toBe('<h2>PDF</h2><h2>Each entry</h2>');
  });
});

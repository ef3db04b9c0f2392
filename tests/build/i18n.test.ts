// The site in three languages, as built: the Kazakh and Russian pages are exactly the home pages, the indexes and the
// translated entries; every page says its language; hreflang links and the language switcher name only pages that
// exist; a link from a kk/ru page to a page only in English says so; a translation says what it was made from; and
// no English sentence stands unmarked in a kk/ru page's text.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, type Page } from '../../src/build/read-pages';
import { latinRuns } from '../../src/features/i18n/model';

let pages: Page[];
const byUrl = new Map<string, Page>();
const TRANSLATED = ['kk', 'ru'];

/** The translated entries as the content has them: "/ru/context/december-1986/". */
function translationUrls(): string[] {
  const root = path.resolve('content/translations');
  return TRANSLATED.flatMap((lang) =>
    ['movements', 'context'].flatMap((section) => {
      const dir = path.join(root, lang, section);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
      return files.map((f) => `/${lang}/${section}/${f.slice(0, -4)}/`);
    }),
  );
}

beforeAll(() => {
  pages = readPages(inject('distDir'));
  for (const p of pages) byUrl.set(p.url, p);
});

const langOf = (url: string) => TRANSLATED.find((l) => url.startsWith(`/${l}/`)) ?? 'en';
const sitePath = (href: string) => new URL(href, 'https://example.org').pathname;

describe('the pages in each language', () => {
  test('the kk and ru pages are the home pages, the two indexes, search and the translated entries, nothing else', () => {
    const expected = [
      ...TRANSLATED.flatMap((l) => [`/${l}/`, `/${l}/movements/`, `/${l}/context/`, `/${l}/search/`]),
      ...translationUrls(),
    ].sort();
    const built = pages
      .map((p) => p.url)
      .filter((u) => langOf(u) !== 'en')
      .sort();
    expect(built).toEqual(expected);
    expect(translationUrls()).toContain('/ru/context/december-1986/');
  });
  test('every page says its language in <html lang>', () => {
    for (const p of pages.filter((x) => x.$('html').length && !x.$('meta[http-equiv="refresh"]').length)) {
      expect(p.$('html').attr('lang'), p.url).toBe(langOf(p.url));
    }
  });
});

describe('hreflang and the language switcher', () => {
  test('never point at a page that does not exist, and list each other both ways', () => {
    let checked = 0;
    for (const p of pages) {
      const alternates = p
        .$('link[rel="alternate"][hreflang]')
        .map((_, l) => ({ lang: p.$(l).attr('hreflang')!, href: p.$(l).attr('href')! }))
        .get();
      const switcher = p
        .$('.language-switcher a')
        .map((_, a) => ({ lang: p.$(a).attr('hreflang')!, href: p.$(a).attr('href')! }))
        .get();
      if (!alternates.length && !switcher.length) continue;
      checked++;
      expect(
        switcher.map((s) => s.lang),
        p.url,
      ).toEqual(alternates.filter((a) => a.lang !== 'x-default').map((a) => a.lang));
      for (const a of [...alternates, ...switcher]) {
        const target = byUrl.get(sitePath(a.href));
        expect(target, `${p.url} → ${a.href}`).toBeDefined();
        if (a.lang !== 'x-default') expect(target!.$('html').attr('lang'), `${p.url} → ${a.href}`).toBe(a.lang);
        // Reciprocal: the page named lists this one.
        const back = target!
          .$('link[rel="alternate"][hreflang]')
          .map((_, l) => sitePath(target!.$(l).attr('href')!))
          .get();
        expect(back, `${a.href} lists ${p.url}`).toContain(p.url);
      }
      expect(alternates.find((a) => a.lang === 'x-default')?.href, p.url).toBe(
        alternates.find((a) => a.lang === 'en')?.href,
      );
      // The current language is marked, and is this page.
      const current = p.$('.language-switcher a[aria-current="true"]');
      expect(current.length, p.url).toBe(1);
      expect(sitePath(current.attr('href')!), p.url).toBe(p.url);
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });
  test('an English page that is not translated offers no switcher and no hreflang links', () => {
    for (const url of ['/timeline/', '/people/', '/movements/lad/', '/context/vozrozhdenie/']) {
      expect(byUrl.get(url)!.$('.language-switcher, link[rel="alternate"][hreflang]').length, url).toBe(0);
    }
  });
});

describe('links from kk and ru pages', () => {
  test('go to a page in the same language, or to an English page marked hreflang="en" and said to be in English', () => {
    for (const p of pages.filter((x) => langOf(x.url) !== 'en')) {
      const lang = langOf(p.url);
      p.$('a[href^="/"]').each((_, el) => {
        const a = p.$(el);
        const href = a.attr('href')!;
        const target = byUrl.get(sitePath(href));
        if (!target) return; // a file (PDF, EPUB) rather than a page: marked hreflang below where it is a link
        const targetLang = target.$('html').attr('lang');
        if (a.closest('.language-switcher').length) return;
        if (targetLang === lang) return;
        // A part of the page kept in English (marked lang="en", e.g. "Cite this page") links to English pages as it is.
        if (a.closest('[lang="en"]').length) return;
        expect(a.attr('hreflang'), `${p.url}: ${href}`).toBe('en');
        // Said to the reader: the word after the link, the link inside a lang="en" element, or a sentence that says the
        // page linked is the English one (the translation notice, the indexes' and home's way to the English).
        const said =
          a.next('small.english-only').length > 0 ||
          a.closest('[lang="en"], .translation-notice, .untranslated, .english-home, .search-scope').length > 0 ||
          // A note's citation names its source by the source's own title.
          a.closest('.notes').length > 0;
        expect(said, `${p.url}: ${href}`).toBe(true);
      });
    }
  });
});

describe('a translated page', () => {
  test('says it was translated by the editors from the English text of a day, linking the English page', () => {
    for (const url of translationUrls()) {
      const p = byUrl.get(url)!;
      const notice = p.$('.translation-notice');
      expect(notice.length, url).toBe(1);
      const english = notice.find('a[hreflang="en"]').first();
      expect(sitePath(english.attr('href')!), url).toBe(url.replace(/^\/(kk|ru)\//, '/'));
      expect(['current', 'stale', 'unknown'], url).toContain(notice.attr('data-freshness'));
    }
    expect(byUrl.get('/ru/context/december-1986/')!.$('.translation-notice').text()).toMatch(
      /Перевод редакции с английского текста от \d+ \S+ \d{4} г\.; основным является английский текст\./,
    );
  });
  test('is left out of the editions: its article carries no edition path', () => {
    for (const url of translationUrls()) expect(byUrl.get(url)!.$('[data-edition-path]').length, url).toBe(0);
  });
  test('has no English sentence in its text outside quotations and lang="en" elements', () => {
    for (const url of [
      ...translationUrls(),
      ...TRANSLATED.flatMap((l) => [`/${l}/`, `/${l}/movements/`, `/${l}/context/`]),
    ]) {
      const $ = byUrl.get(url)!.$;
      const main = $('main').clone();
      // Quotations keep the source's words; notes and sources name works by their own titles; hidden search text and
      // anything marked English are said to be so.
      main.find('[lang="en"], q, .notes, .sources, [hidden], script, code, .english-only').remove();
      const runs = latinRuns(main.text().replace(/https?:\/\/\S+/g, ''));
      expect(runs, url).toEqual([]);
    }
  });
});

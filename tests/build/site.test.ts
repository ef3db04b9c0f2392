// The real site, built once (tests/setup/build-once.ts), checked as HTML with a real parser.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { contentPath } from '../../src/config';
import { bySurname } from '../../src/features/mentions/names';
import { countWords } from '../../src/shared/words';
import { readPages, type Page } from '../../src/build/read-pages';
import { brokenLinks } from '../support/links';
import { currentPath } from '../../src/hosting/redirects';

const MOVEMENTS = ['alash', 'lad', 'nevada-semipalatinsk', 'unity', 'zheltoqsan'];
/** Entry pages: movements and context entries (not the index pages). */
const isEntry = (url: string) => /^\/(movements|context)\/[^/]+\/$/.test(url);
let pages: Page[];
let distDir: string;
const page = (url: string) => pages.find((p) => p.url === url)!;

beforeAll(() => {
  distDir = inject('distDir');
  pages = readPages(distDir);
});

describe('pages', () => {
  test('every movement has its page, linked from the home page', () => {
    const home = page('/');
    for (const id of MOVEMENTS) {
      expect(page(`/movements/${id}/`), id).toBeDefined();
      expect(home.$(`a[href="/movements/${id}/"]`).length, id).toBeGreaterThan(0);
    }
  });
  test('every page has one h1, a language, a title, a description and a canonical URL', () => {
    for (const { url, $ } of pages) {
      expect($('h1').length, url).toBe(1);
      // English at today's URLs, Kazakh and Russian under /kk/ and /ru/ (src/features/i18n/).
      expect($('html').attr('lang'), url).toBe(/^\/(kk|ru)\//.exec(url)?.[1] ?? 'en');
      expect($('title').text().trim(), url).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.length, url).toBeGreaterThan(20);
      // An edition's copy of a page names the live page as canonical: where it lives now, if it moved since.
      const original = `/${currentPath(url.replace(/^\/(editions\/[^/]+\/)?/, ''))}`;
      if (url !== '/404.html') expect($('link[rel="canonical"]').attr('href'), url).toMatch(new RegExp(`${original}$`));
    }
  });
  test('404.html claims no address of its own: no canonical /404/ (which does not exist), and it is not indexed', () => {
    const $ = page('/404.html').$;
    expect($('link[rel="canonical"]').length).toBe(0);
    expect($('meta[property="og:url"]').length).toBe(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
  test('a movement card flags a founding date that other sources give differently', () => {
    const card = (id: string) =>
      page('/movements/').$(`a[href="/movements/${id}/"]`).closest('li').text().replace(/\s+/g, ' ');
    expect(card('alash')).toContain('founded April 1992 (sources give other dates)');
    expect(card('unity')).toContain('founded 1990 (sources give other dates)');
  });
  test('the people page lists everyone in content/people.yaml, by surname', () => {
    const shown = page('/people/')
      .$('main h2[id$="-name"]')
      .map((_, h) => page('/people/').$(h).text().trim())
      .get();
    expect(shown.length).toBe(readFileSync(contentPath('people'), 'utf8').match(/^- id:/gm)!.length);
    expect(shown).toEqual([...shown].sort(bySurname));
    expect(shown.indexOf('Aron Atabek')).toBeLessThan(shown.indexOf('Aleksandr Shushannikov'));
  });
  test('names on an entry carry their language', () => {
    const $ = page('/movements/zheltoqsan/').$;
    expect($('.names [lang="kk"]').text()).toBe('Желтоқсан');
    expect($('.names [lang="ru"]').text()).toBe('Желтоксан');
  });
  test('the primary source page gives every report paragraph and note a stable anchor', () => {
    const $ = page('/primary-source/').$;
    for (const id of ['a-u1', 'a-3', 'a-4', 'a-4a', 'a-4b', 'a-note-30', 'a-note-31', 'b-u1', 'b-u5', 'b-note-26']) {
      expect($(`#${id}`).length, id).toBe(1);
    }
    expect($('#a-3').text()).toContain('Proceeding down the track of Kazakh nationalism');
  });
});

describe('footnotes', () => {
  test('every work an entry lists under “Sources” says on /sources/ that it is cited on that entry', () => {
    const $sources = page('/sources/').$;
    const missing: string[] = [];
    for (const { url, $ } of pages.filter((p) => isEntry(p.url))) {
      $('li[id^="src-"]').each((_, li) => {
        const key = li.attribs.id!.slice('src-'.length);
        if ($sources(`li[id="${key}"] a[href="${url}"]`).length === 0) missing.push(`${key} on ${url}`);
      });
    }
    expect(missing).toEqual([]);
  });
  test('every work on /sources/ names at least one page that cites it (places and profiles included)', () => {
    const { $ } = page('/sources/');
    const uncited = $('li[id]')
      .filter((_, li) => !/Cited on: \S/.test($(li).text()))
      .map((_, li) => li.attribs.id)
      .get();
    expect($('li[id]').length).toBeGreaterThan(100);
    expect(uncited).toEqual([]);
  });
  test('every reference has its note, and every note links back to each of its references', () => {
    for (const { url, $ } of pages.filter((p) => /^\/movements\/[^/]+\/$/.test(p.url))) {
      const refs = $('a[role="doc-noteref"]');
      expect(refs.length, url).toBeGreaterThan(0);
      refs.each((_, el) => {
        const ref = $(el);
        const note = $(ref.attr('href')!);
        expect(note.length, `${url} ${ref.attr('href')}`).toBe(1);
        expect(note.find(`a[role="doc-backlink"][href="#${ref.attr('id')}"]`).length, `${url} ${ref.attr('id')}`).toBe(
          1,
        );
        expect(ref.attr('aria-label')).toBe(`Note ${ref.text()}`);
      });
      $('a[role="doc-backlink"]').each((_, el) => {
        expect($($(el).attr('href')!).attr('role'), url).toBe('doc-noteref');
      });
    }
  });
  test('notes are numbered 1, 2, 3 … in the order they first appear', () => {
    for (const id of MOVEMENTS) {
      const $ = page(`/movements/${id}/`).$;
      const firstSeen = [
        ...new Set(
          $('a[role="doc-noteref"]')
            .map((_, el) => Number($(el).text()))
            .get(),
        ),
      ];
      expect(firstSeen, id).toEqual(firstSeen.map((_, i) => i + 1));
      expect($('[role="doc-endnotes"] li').length, id).toBe(firstSeen.length);
    }
  });
  test("the HTML carries each note once, in the notes list (the margin copy is the script's, tests/browser/notes.test.ts)", () => {
    for (const { url, $ } of pages.filter((p) => isEntry(p.url))) {
      expect($('.sidenote').length, url).toBe(0);
      for (const q of $('.notes q')
        .toArray()
        .map((el) => $(el).text())) {
        expect($('q').filter((_, el) => $(el).text() === q).length, `${url}: "${q.slice(0, 40)}…"`).toBe(
          $('.notes q').filter((_, el) => $(el).text() === q).length,
        );
      }
    }
  });
  test('every paragraph of entry text carries a note (a list: each item, or the sentence introducing it)', () => {
    const bare: string[] = [];
    for (const { url, $ } of pages.filter((p) => isEntry(p.url))) {
      const hasNote = (el: Parameters<typeof $>[0]) => $(el).find('a[role="doc-noteref"]').length > 0;
      $('.entry-body > p, .entry-body > ul, .entry-body > ol').each((_, block) => {
        const b = $(block);
        const items = b.children('li').toArray();
        const ok =
          block.tagName === 'p'
            ? hasNote(block) || (b.next().is('ul, ol') && b.next().children('li').toArray().every(hasNote))
            : items.every(hasNote) || (b.prev().is('p') && hasNote(b.prev()[0]!));
        if (!ok) bare.push(`${url}: "${b.text().trim().slice(0, 60)}…"`);
      });
    }
    expect(bare).toEqual([]);
  });
  // Known short movement entries, held to the context length until they are rewritten: the four promoted from context
  // entries lost the claims that rested on Wikipedia alone (issue 25). Each must still reach 300 words, and the list
  // can only be shortened.
  const SHORT_MOVEMENTS = new Set([
    '/movements/azat/',
    '/movements/republican-party/',
    '/movements/national-congress/',
    '/movements/peoples-unity/',
  ]);
  test('entries reach their length: 1,000 words for a movement, 300 for a context entry', () => {
    for (const { url, $ } of pages.filter((p) => isEntry(p.url))) {
      const body = $('.entry-body').clone();
      body.find('.sidenote, .notes, .sources, .related, .report-quote, sup').remove();
      const minimum = url.startsWith('/movements/') && !SHORT_MOVEMENTS.has(url) ? 1000 : 300;
      expect(countWords(body.text()), url).toBeGreaterThanOrEqual(minimum);
    }
  });
});

describe('links', () => {
  test('every internal href and fragment resolves to a file and an id in the output', () => {
    expect(brokenLinks(distDir, pages)).toEqual([]);
  });
  test('no page refers to another origin', () => {
    for (const { url, $ } of pages) {
      $('script[src], link[href], img[src]').each((_, el) => {
        const ref = $(el).attr('src') ?? $(el).attr('href')!;
        // Canonical and cite-as (the page's edition, RFC 8574) are full addresses on the site's own origin, and so are
        // the hreflang alternates (the page in the site's other languages).
        if (['canonical', 'cite-as'].includes($(el).attr('rel') ?? '')) return;
        if ($(el).attr('rel') === 'alternate' && $(el).attr('hreflang')) {
          expect(new URL(ref).origin, url).toBe(new URL($('link[rel="canonical"]').attr('href')!).origin);
          return;
        }
        expect(ref, url).not.toMatch(/^(https?:)?\/\//);
      });
    }
  });
});

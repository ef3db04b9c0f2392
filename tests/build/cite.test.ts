// Citing pages, on the real build: downloads, reference-manager metadata, paragraph anchors, versions.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, type Page } from '../../src/build/read-pages';

let pages: Page[];
let entries: Page[];
let distDir: string;
const page = (url: string) => pages.find((p) => p.url === url)!;
const meta = (p: Page, name: string) => p.$(`meta[name="${name}"]`).attr('content');
const og = (p: Page, property: string) => p.$(`meta[property="${property}"]`).attr('content');

beforeAll(() => {
  distDir = inject('distDir');
  pages = readPages(distDir);
  entries = pages.filter((p) => /^\/(movements|context)\/[^/]+\/$/.test(p.url));
});

const STYLES = ['apa', 'mla', 'chicago-nb', 'chicago-ad', 'harvard', 'gost'];
/** The address a page is cited by first: its edition while the text is the same (`cite-as`), else the page itself. */
const citedUrl = (p: Page) => p.$('link[rel="cite-as"]').attr('href') ?? og(p, 'og:url')!;

describe('cite this page', () => {
  test('every movement and context page has its cite block, six styles, each with the address it is cited by', () => {
    // One page per entry file, none left out.
    const files = ['movements', 'context'].flatMap((d) => readdirSync(path.join('content', d)));
    expect(entries.length).toBe(files.filter((f) => f.endsWith('.mdx')).length);
    for (const p of entries) {
      for (const id of STYLES) expect(p.$(`#cite-${id}`).text(), `${p.url} ${id}`).toContain(citedUrl(p));
      expect(
        p
          .$('#cite dt')
          .map((_, el) => p.$(el).text())
          .get()
          .join('|'),
        p.url,
      ).toMatch(/APA 7.*MLA 9.*Chicago 17.*notes.*Chicago 17.*author-date.*Harvard.*GOST R 7\.0\.5-2008/);
      // GOST's reference is Russian-language (its terms), and marked so for screen readers and hyphenation.
      expect(p.$('#cite-gost').attr('lang'), p.url).toBe('ru');
      expect(p.$('#cite-gost').text(), p.url).toContain('[Электронный ресурс]');
      expect(p.$('#cite mark.placeholder').first().text(), p.url).toBe('[access date]');
    }
  });
  test('the cite block gives a paragraph citation in every style, a "para." locator the reader fills from the margin', () => {
    for (const p of entries) {
      for (const id of STYLES) {
        const text = p.$(`#cite-para-${id}`).text();
        // GOST takes the Russian locale's "п." (paragraph).
        expect(text, `${p.url} ${id}`).toMatch(
          id === 'gost' ? /\[\d+, п\. \[paragraph number\]\]/ : /\bpara?\. \[paragraph number\]/,
        );
      }
    }
  });
  test('the BibTeX, RIS and CSL-JSON offered first parse back with the title, URL and date the head gives', () => {
    for (const p of entries) {
      const title = p.$('h1').text().trim();
      const date = meta(p, 'DC.date')!.split('-').map(Number);
      for (const ext of ['bib', 'ris', 'json']) {
        const link = p.$(`#cite a[href$="cite.${ext}"]`).first();
        expect(link.attr('download'), `${p.url} ${ext}`).toBeTruthy();
        const text = readFileSync(path.join(distDir, link.attr('href')!), 'utf8');
        const [item] = new Cite(text).data as Record<string, unknown>[];
        expect(item?.title, `${p.url} ${ext}`).toBe(title);
        expect(item?.URL, `${p.url} ${ext}`).toBe(citedUrl(p));
        expect(item?.issued, `${p.url} ${ext}`).toEqual({ 'date-parts': [date] });
        expect(item?.author, `${p.url} ${ext}`).toBeUndefined();
      }
    }
  });
  test('the BibTeX is biblatex @online with an ISO date and the website as journaltitle (what Zotero imports as a web page)', () => {
    const bib = readFileSync(path.join(distDir, 'movements/lad/cite.bib'), 'utf8');
    expect(bib).toMatch(/^@online\{movements-lad,$/m);
    expect(bib).toMatch(/^ {2}date = \{\d{4}-\d{2}-\d{2}\},$/m);
    expect(bib).toContain('journaltitle = {Kazakhstan’s Political Movements, 1986–1995');
    expect(bib).not.toMatch(/month|author/);
  });
});

describe('metadata for reference managers', () => {
  test('every page carries Highwire, Dublin Core, Open Graph and JSON-LD metadata, unsigned, with the address it is cited by', () => {
    for (const p of pages.filter((p) => p.url !== '/404.html')) {
      expect(meta(p, 'citation_title'), p.url).toBeTruthy();
      // The pages are cited unsigned: Zotero would split the group author "The editors" into a first and a last name.
      expect(meta(p, 'citation_author'), p.url).toBeUndefined();
      expect(meta(p, 'DC.creator'), p.url).toBeUndefined();
      // The primary-source page's head describes the report, reproduced at the page's own address.
      expect(meta(p, 'citation_public_url'), p.url).toBe(
        meta(p, 'DC.type') === 'Report' ? og(p, 'og:url') : citedUrl(p),
      );
      // The page's language: English, or Kazakh or Russian under /kk/ and /ru/ (src/features/i18n/).
      expect(meta(p, 'citation_language'), p.url).toBe(/^\/(kk|ru)\//.exec(p.url)?.[1] ?? 'en');
      expect(og(p, 'og:url'), p.url).toBe(new URL(p.url, og(p, 'og:url')).href);
      // A journal title would make Zotero save every page as a journal article.
      expect(meta(p, 'citation_journal_title'), p.url).toBeUndefined();
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').text());
      expect(ld, p.url).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: og(p, 'og:url') });
      expect(ld.author, p.url).toBeUndefined();
    }
  });
  test('entry pages give their title, the date and version they are cited by in the metadata', () => {
    for (const p of entries) {
      const updated = p.$('.entry-updated time').attr('datetime')!;
      const edition = p.$('link[rel="cite-as"]').length > 0;
      expect(meta(p, 'citation_title'), p.url).toBe(p.$('h1').text().trim());
      if (!edition) expect(meta(p, 'citation_publication_date'), p.url).toBe(updated.replace(/-/g, '/'));
      expect(meta(p, 'citation_publication_date'), p.url).toBe(meta(p, 'DC.date')!.replace(/-/g, '/'));
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').text());
      expect(ld.dateModified, p.url).toBe(meta(p, 'DC.date'));
      const version = p.$('.entry-header code').text();
      if (version && !edition) expect(ld.version, p.url).toBe(version);
    }
  });
});

describe('paragraph permalinks', () => {
  test('every paragraph of entry text has a unique content-derived id and its number, 1, 2, 3 …, linked to it', () => {
    for (const p of entries) {
      const ids = p
        .$('.entry-body > p')
        .map((_, el) => p.$(el).attr('id'))
        .get();
      expect(ids.length, p.url).toBeGreaterThan(0);
      expect(new Set(ids).size, p.url).toBe(ids.length);
      p.$('.entry-body > p').each((_, el) => {
        const id = p.$(el).attr('id')!;
        expect(id, p.url).toMatch(/^p-[0-9a-f]{6}(-\d+)?$/);
        expect(p.$(el).children('a.para-link').attr('href'), p.url).toBe(`#${id}`);
      });
      const numbers = p
        .$('.entry-body > p > a.para-link')
        .map((_, el) => p.$(el).text())
        .get();
      expect(numbers, p.url).toEqual(numbers.map((_, i) => String(i + 1)));
    }
  });
});

describe('versions', () => {
  test('every entry links to its history, which lists its changes for readers and its editions', () => {
    for (const p of entries) {
      const history = page(`${p.url}history/`);
      expect(history, p.url).toBeDefined();
      expect(p.$(`.entry-header a[href="${p.url}history/"]`).length, p.url).toBe(1);
      expect(history.$('#changes').length, p.url).toBe(1);
      expect(history.$('ul.changes li').length + history.$('.no-changes').length, p.url).toBeGreaterThan(0);
      expect(history.$('ol.editions li').length + history.$('.no-editions').length, p.url).toBeGreaterThan(0);
      // No commit messages: the lines are written for readers, in the entry's frontmatter.
      expect(history.$('code').length, p.url).toBe(0);
    }
  });
  test('this repository has history, so the pages built from it name a version', () => {
    expect(page('/movements/lad/').$('.entry-header code').text()).toMatch(/^[0-9a-f]{7,}$/);
  });
});

describe('/cite/', () => {
  test('explains how to cite the site, a page, a paragraph and the primary source, and the authorship claimed', () => {
    const p = page('/cite/');
    for (const id of ['authorship', 'site', 'page', 'editions', 'reference-managers', 'paragraph', 'primary-source'])
      expect(p.$(`#${id}`).length, id).toBe(1);
    // The Zotero Connector reads the head's metadata, not the cite box: the page says so, and not that it "reads the same data".
    expect(p.$('article').text()).not.toContain('read the same data from the page');
    expect(p.$('#reference-managers + p').text()).toContain('metadata in the page’s head');
    expect(p.$('#authorship + p').text()).toContain('not named');
    expect(p.$('article').text()).toContain('Unattributed report');
    expect(p.$('article').text()).toMatch(/1994.1995\?/);
    expect(p.$('#site ~ dl mark.placeholder').length).toBeGreaterThan(0);
  });
});

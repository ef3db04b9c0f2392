// Citing pages, on the real build: downloads, reference-manager metadata, paragraph anchors, versions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, type Page } from '../support/html';

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

describe('cite this page', () => {
  test('every movement and context page has its cite block, five styles, each with the page URL', () => {
    expect(entries.length).toBe(14);
    for (const p of entries) {
      const canonical = p.$('link[rel="canonical"]').attr('href')!;
      const texts = p.$('#cite .citation-text').map((_, el) => p.$(el).text()).get();
      expect(texts.length, p.url).toBe(5);
      for (const text of texts) expect(text, p.url).toContain(canonical);
      expect(p.$('#cite dt').map((_, el) => p.$(el).text()).get().join('|'), p.url).toMatch(/APA 7.*MLA 9.*Chicago 17.*notes.*Chicago 17.*author-date.*Harvard/);
      expect(p.$('#cite mark.placeholder').first().text(), p.url).toBe('[access date]');
    }
  });
  test('the BibTeX, RIS and CSL-JSON of every page parse back with its title, URL and last-updated date', () => {
    for (const p of entries) {
      const title = p.$('h1').text().trim();
      const canonical = p.$('link[rel="canonical"]').attr('href')!;
      const updated = p.$('.entry-updated time').attr('datetime')!.split('-').map(Number);
      for (const ext of ['bib', 'ris', 'json']) {
        const link = p.$(`#cite a[href$="cite.${ext}"]`);
        expect(link.attr('download'), `${p.url} ${ext}`).toBeTruthy();
        const text = readFileSync(path.join(distDir, link.attr('href')!), 'utf8');
        const [item] = new Cite(text).data as Record<string, unknown>[];
        expect(item?.title, `${p.url} ${ext}`).toBe(title);
        expect(item?.URL, `${p.url} ${ext}`).toBe(canonical);
        expect(item?.issued, `${p.url} ${ext}`).toEqual({ 'date-parts': [updated] });
      }
    }
  });
});

describe('metadata for reference managers', () => {
  test('every page carries Highwire, Dublin Core, Open Graph and JSON-LD metadata with its own URL', () => {
    for (const p of pages.filter((p) => p.url !== '/404.html')) {
      const canonical = p.$('link[rel="canonical"]').attr('href')!;
      expect(meta(p, 'citation_title'), p.url).toBeTruthy();
      // Zotero would split the group author "The editors" into a first and a last name: leave it to the JSON-LD.
      expect(meta(p, 'citation_author'), p.url).toBeUndefined();
      expect(meta(p, 'DC.creator'), p.url).toBeUndefined();
      expect(meta(p, 'citation_public_url'), p.url).toBe(canonical);
      expect(meta(p, 'citation_language'), p.url).toBe('en');
      expect(meta(p, 'DC.type'), p.url).toBe('webpage');
      expect(og(p, 'og:url'), p.url).toBe(canonical);
      expect(og(p, 'og:site_name'), p.url).toBe('Kazakhstan’s Political Movements, 1986–1995');
      expect(og(p, 'og:title'), p.url).toBe(meta(p, 'citation_title'));
      // A journal title would make Zotero save every page as a journal article.
      expect(meta(p, 'citation_journal_title'), p.url).toBeUndefined();
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').text());
      expect(ld, p.url).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: canonical });
      expect(ld.author, p.url).toEqual({ '@type': 'Organization', name: 'The editors' });
    }
  });
  test('entry pages give their title, last update and version in the metadata', () => {
    for (const p of entries) {
      const updated = p.$('.entry-updated time').attr('datetime')!;
      expect(meta(p, 'citation_title'), p.url).toBe(p.$('h1').text().trim());
      expect(meta(p, 'citation_publication_date'), p.url).toBe(updated.replace(/-/g, '/'));
      expect(og(p, 'og:type'), p.url).toBe('article');
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').text());
      expect(ld.dateModified, p.url).toBe(updated);
      const version = p.$('.entry-header code').text();
      if (version) expect(ld.version, p.url).toBe(version);
    }
  });
});

describe('paragraph permalinks', () => {
  test('every paragraph of entry text has a unique content-derived id and a ¶ link to it', () => {
    for (const p of entries) {
      const ids = p.$('.entry-body > p').map((_, el) => p.$(el).attr('id')).get();
      expect(ids.length, p.url).toBeGreaterThan(0);
      expect(new Set(ids).size, p.url).toBe(ids.length);
      p.$('.entry-body > p').each((_, el) => {
        const id = p.$(el).attr('id')!;
        expect(id, p.url).toMatch(/^p-[0-9a-f]{6}(-\d+)?$/);
        expect(p.$(el).children('a.para-link').attr('href'), p.url).toBe(`#${id}`);
      });
    }
  });
});

describe('versions', () => {
  test('every entry links to its revision history, which lists the version the page shows', () => {
    for (const p of entries) {
      const history = page(`${p.url}history/`);
      expect(history, p.url).toBeDefined();
      expect(p.$(`.entry-header a[href="${p.url}history/"]`).length, p.url).toBe(1);
      const version = p.$('.entry-header code').text();
      if (version) {
        expect(history.$('.revisions li').first().find('code').text(), p.url).toBe(version);
      } else {
        expect(history.$('.no-history').length, p.url).toBe(1);
      }
    }
  });
  test('this repository has history, so the pages built from it name a version', () => {
    expect(page('/movements/lad/').$('.entry-header code').text()).toMatch(/^[0-9a-f]{7,}$/);
  });
});

describe('/cite/', () => {
  test('explains how to cite the site, a page, a paragraph and the primary source, and the authorship claimed', () => {
    const p = page('/cite/');
    for (const id of ['authorship', 'site', 'page', 'paragraph', 'primary-source']) expect(p.$(`#${id}`).length, id).toBe(1);
    expect(p.$('#authorship + p').text()).toContain('not named');
    expect(p.$('article').text()).toContain('Unattributed report');
    expect(p.$('article').text()).toMatch(/1994.1995\?/);
    expect(p.$('#site ~ dl mark.placeholder').length).toBeGreaterThan(0);
  });
});

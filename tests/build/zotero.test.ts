// What Zotero saves from a page, rule by rule: the head tags its Embedded Metadata translator reads
// (zotero/translators, "Embedded Metadata.js" and the RDF translator it calls), as observed with Zotero's
// translation-server against this site on loopback (CONTRIBUTING.md, "What Zotero saves"). Each test names the rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, type Page } from '../../src/build/read-pages';

let pages: Page[];
let distDir: string;
const page = (url: string) => pages.find((p) => p.url === url)!;
const meta = (p: Page, name: string) => p.$(`meta[name="${name}"]`).attr('content');
const og = (p: Page, property: string) => p.$(`meta[property="${property}"]`).attr('content');
const SITE = 'Kazakhstan’s Political Movements, 1986–1995';

/** The item Zotero's Embedded Metadata translator makes from a page's head, by the rules it applies. */
function zoteroItem(p: Page) {
  const dcType = meta(p, 'DC.type');
  const ogType = og(p, 'og:type');
  return {
    // DC.type names an item type (report) when it is one; og:type "website" a web page; "article" or nothing with a
    // citation_title a journal article.
    itemType: dcType === 'Report' ? 'report' : ogType === 'website' ? 'webpage' : 'journalArticle',
    title: meta(p, 'citation_title'),
    // og:site_name becomes the website title (of a web page).
    websiteTitle: og(p, 'og:site_name'),
    date: meta(p, 'citation_publication_date'),
    url: meta(p, 'citation_public_url'),
    // The DC.type value becomes the website or report type.
    type: dcType,
  };
}

beforeAll(() => {
  distDir = inject('distDir');
  pages = readPages(distDir);
});

describe('what Zotero saves', () => {
  const movements = () => pages.filter((p) => /^\/movements\/[^/]+\/$/.test(p.url));

  test('a movement page saves as a Web Page with no website type (no DC.type; og:type "website")', () => {
    expect(movements().length).toBeGreaterThan(0);
    for (const p of movements()) {
      expect(meta(p, 'DC.type'), p.url).toBeUndefined();
      expect(og(p, 'og:type'), p.url).toBe('website');
      expect(zoteroItem(p).itemType, p.url).toBe('webpage');
    }
  });

  test('no page offers Zotero an author to guess: no citation_author, DC.creator, author meta, og author or byline', () => {
    for (const p of pages.filter((p) => p.url !== '/404.html')) {
      for (const selector of [
        'meta[name="citation_author"]',
        'meta[name="DC.creator"]',
        'meta[name="author" i]',
        'meta[property="article:author"]',
        '.byline, .bylines, .vcard, .article-byline',
      ]) {
        expect(p.$(selector).length, `${p.url} ${selector}`).toBe(0);
      }
      // Item types Highwire tags would force (journal article, report with an invented institution, book…).
      for (const name of [
        'citation_journal_title',
        'citation_technical_report_institution',
        'citation_book_title',
        'citation_inbook_title',
        'citation_conference_title',
        'citation_dissertation_institution',
        'citation_isbn',
      ]) {
        expect(meta(p, name), `${p.url} ${name}`).toBeUndefined();
      }
      expect(meta(p, 'generator') ?? '', p.url).not.toMatch(/blogger|wordpress|wooframework/i);
    }
  });

  test('every movement page saves the item its own citation (the CSL-JSON offered first) describes, field for field', () => {
    for (const p of movements()) {
      const href = p.$('#cite a[href$="cite.json"]').first().attr('href')!;
      const [csl] = JSON.parse(readFileSync(path.join(distDir, href), 'utf8')) as Record<string, unknown>[];
      const item = zoteroItem(p);
      expect(item.title, p.url).toBe(csl!.title);
      expect(item.websiteTitle, p.url).toBe(csl!['container-title']);
      expect(item.url, p.url).toBe(csl!.URL);
      const [parts] = (csl!.issued as { 'date-parts': number[][] })['date-parts'];
      expect(item.date, p.url).toBe(parts!.map((n) => String(n).padStart(2, '0')).join('/'));
      expect(csl!.author, p.url).toBeUndefined();
      // The APA reference the page gives has no "[Webpage]" either.
      expect(p.$('#cite-apa').text(), p.url).not.toMatch(/\[Web ?page\]/i);
    }
  });

  test('the home page does not give the site name twice (its title is the site name)', () => {
    const home = page('/');
    expect(meta(home, 'citation_title')).toBe(SITE);
    expect(og(home, 'og:site_name')).toBeUndefined();
  });

  test('the primary-source page saves the report itself: a report, bracketed description, its uncertain date as written', () => {
    const p = page('/primary-source/');
    const item = zoteroItem(p);
    expect(item).toMatchObject({ itemType: 'report', type: 'Report', date: 'ca. 1994–1995' });
    expect(item.title).toMatch(/^\[Unattributed report .*\]$/);
    expect(og(p, 'og:type')).toBeUndefined();
    const [csl] = JSON.parse(readFileSync(path.join(distDir, 'primary-source/report.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(csl).toMatchObject({ type: 'report', title: item.title, genre: 'Report', URL: item.url });
    expect(csl!.issued).toMatchObject({ circa: true });
    expect(readFileSync(path.join(distDir, 'primary-source/report.ris'), 'utf8')).toMatch(/^DA {2}- ca\. 1994–1995$/m);
    expect(readFileSync(path.join(distDir, 'primary-source/report.bib'), 'utf8')).toMatch(
      /^ {2}date = \{ca\. 1994--1995\},$/m,
    );
  });

  test('history pages save with their own title and date', () => {
    const p = page('/movements/lad/history/');
    expect(meta(p, 'citation_title')).toBe('History of Lad');
    expect(meta(p, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(p, 'citation_public_url')).toBe(og(p, 'og:url'));
    expect(zoteroItem(p).itemType).toBe('webpage');
  });

  test('the RIS file is a web page (ELEC) with the website in T2 and the date in DA, as Zotero imports it', () => {
    const ris = readFileSync(path.join(distDir, 'movements/lad/cite.ris'), 'utf8');
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).toMatch(/^T2 {2}- Kazakhstan’s Political Movements, 1986–1995/m);
    expect(ris).toMatch(/^DA {2}- \d{4}\/\d{2}\/\d{2}\/$/m);
    expect(ris).not.toMatch(/^A[U1] /m);
  });
});

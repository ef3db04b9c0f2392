import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import {
  ACCESS_PLACEHOLDER,
  CITATION_STYLES,
  formatPageCitations,
  formatParagraphCitations,
  pageItem,
  PARAGRAPH_PLACEHOLDER,
  reportBibtex,
  reportItem,
  reportRis,
  uncertainDate,
  toBibtex,
  toCslJson,
  toRis,
  type PageRecord,
} from '../../src/features/cite/model';

const site = { title: 'Kazakhstan’s Political Movements, 1986–1995', author: 'The editors', lang: 'en' };
const lad: PageRecord = {
  key: 'movements/lad',
  title: 'Lad',
  url: 'https://example.org/kz/movements/lad/',
  updated: '2026-11-23',
  published: '2026-10-02',
  version: { hash: '5020b05', date: '2026-11-23' },
};
const cited = (id: string) => formatPageCitations(lad, site).find((c) => c.id === id)!;

describe('formatPageCitations()', () => {
  // Written by hand from the style manuals before comparing with citation-js:
  // APA 7 §9.12 and §10.16 (webpage on a website, no author): *Title*. (Year, Month Day). Site Name. URL
  test('gives the APA 7 reference of an unsigned page, title first in italics, no full stop after the URL', () => {
    expect(cited('apa').text).toBe(
      'Lad. (2026, November 23). Kazakhstan’s Political Movements, 1986–1995. https://example.org/kz/movements/lad/',
    );
    expect(cited('apa').html).toMatch(/^<i>Lad<\/i>\. \(2026/);
    expect(cited('apa').text).not.toContain('[Webpage]');
  });
  // MLA 9 (web page, no author): “Title.” *Website*, Day Mon. Year, URL.  (months over four letters abbreviated)
  test('gives the MLA 9 entry of an unsigned page, website in italics and the month abbreviated', () => {
    expect(cited('mla').text).toBe(
      '“Lad.” Kazakhstan’s Political Movements, 1986–1995, 23 Nov. 2026, https://example.org/kz/movements/lad/.',
    );
    expect(cited('mla').html).toContain('<i>Kazakhstan’s Political Movements, 1986–1995</i>, 23 Nov. 2026');
  });
  // GOST R 7.0.5-2008, a remote-access electronic resource that is part of a site (the form the Russian style guides give):
  // Title [Электронный ресурс] // Site. Year. URL: … (дата обращения: dd.mm.yyyy).
  test('gives the GOST R 7.0.5-2008 reference with the Russian terms, the site after a double slash and the access date left to the student', () => {
    expect(cited('gost').text).toBe(
      `Lad [Электронный ресурс] // Kazakhstan’s Political Movements, 1986–1995. 2026. URL: https://example.org/kz/movements/lad/ (дата обращения: ${ACCESS_PLACEHOLDER}).`,
    );
    expect(cited('gost').html).not.toMatch(/^1\.|csl-left-margin/);
  });
  // The same reference on a Kazakh page: the Russian form term for term, with the Kazakh locale's terms
  // (src/features/cite/csl/locales-kk-KZ.xml); the English-language styles stay in English.
  test('gives GOST with Kazakh terms on a Kazakh page, and the same form as the Russian', () => {
    const kk = formatPageCitations(lad, site, 'kk');
    const gost = kk.find((c) => c.id === 'gost')!;
    expect(gost.text).toBe(
      `Lad [Электрондық ресурс] // Kazakhstan’s Political Movements, 1986–1995. 2026. URL: https://example.org/kz/movements/lad/ (қаралған күні: ${ACCESS_PLACEHOLDER}).`,
    );
    expect(gost.lang).toBe('kk');
    const shape = (s: string) => s.replace(/\[[^\]]*\]|\([^:]*:/g, '·');
    expect(shape(gost.text)).toBe(shape(cited('gost').text));
    expect(kk.find((c) => c.id === 'apa')!).toEqual(cited('apa'));
    const paragraph = formatParagraphCitations(pageItem(lad, site), 'kk').find((c) => c.id === 'gost')!;
    expect(paragraph.text).toBe(`[1, абз. ${PARAGRAPH_PLACEHOLDER}]`);
  });
  test('gives all six styles, each naming the title, the site and the URL', () => {
    const all = formatPageCitations(lad, site);
    expect(all.map((c) => c.id)).toEqual(CITATION_STYLES.map((s) => s.id));
    for (const c of all) {
      expect(c.text, c.id).toContain('Lad');
      expect(c.text, c.id).toContain('Kazakhstan’s Political Movements');
      expect(c.text, c.id).toContain(lad.url);
      expect(c.text, c.id).toContain('2026');
    }
  });
  test('leaves the access date to the student, marked, where the style asks for one', () => {
    const harvard = cited('harvard');
    expect(harvard.text).toContain(`(Accessed: ${ACCESS_PLACEHOLDER})`);
    expect(harvard.html).toContain(`<mark class="placeholder">${ACCESS_PLACEHOLDER}</mark>`);
    for (const c of formatPageCitations(lad, site)) expect(c.text, c.id).not.toContain('1900');
  });
});

describe('formatParagraphCitations()', () => {
  test('cites one paragraph in every style with a CSL locator labelled paragraph, the number left to the reader', () => {
    const all = formatParagraphCitations(pageItem(lad, site));
    expect(all.map((c) => c.id)).toEqual(CITATION_STYLES.map((s) => s.id));
    expect(all.find((c) => c.id === 'apa')!.text).toBe(`(Lad, 2026, para. ${PARAGRAPH_PLACEHOLDER})`);
    expect(all.find((c) => c.id === 'chicago-nb')!.text).toBe(`“Lad,” para. ${PARAGRAPH_PLACEHOLDER}.`);
    // GOST's in-text reference: the list number and the locator with the Russian locale's "п." (paragraph).
    expect(all.find((c) => c.id === 'gost')!.text).toBe(`[1, п. ${PARAGRAPH_PLACEHOLDER}]`);
    for (const c of all) expect(c.html, c.id).toContain(`<mark class="placeholder">${PARAGRAPH_PLACEHOLDER}</mark>`);
  });
});

describe('the report', () => {
  const source = {
    id: 'report',
    type: 'manuscript',
    genre: 'Unattributed report on Kazakhstan’s political parties and movements',
    issued: { 'date-parts': [[1994], [1995]], circa: true },
    language: 'en',
  };
  const item = reportItem(source, 'https://example.org/primary-source/');
  test('brackets the description the sources data gives an untitled work as its title', () => {
    const untitled = {
      id: 'report',
      type: 'manuscript',
      untitled: true,
      title: 'Unattributed report on Kazakhstan’s political parties and movements',
      issued: source.issued,
    };
    expect(reportItem(untitled, 'https://example.org/primary-source/').title).toBe(
      '[Unattributed report on Kazakhstan’s political parties and movements]',
    );
  });
  test('is a report with a bracketed description for a title and its uncertain date', () => {
    expect(item).toMatchObject({
      type: 'report',
      title: '[Unattributed report on Kazakhstan’s political parties and movements]',
      genre: 'Report',
    });
    expect(uncertainDate(item.issued)).toBe('ca. 1994–1995');
    expect(uncertainDate({ 'date-parts': [[1994]] })).toBe('1994');
  });
  test('its RIS and BibTeX write the date as Zotero keeps it, and name no author', () => {
    expect(reportRis(item)).toMatch(/^TY {2}- RPRT\nTI {2}- \[Unattributed/);
    expect(reportRis(item)).toMatch(/^DA {2}- ca\. 1994–1995$/m);
    expect(reportBibtex(item)).toMatch(/^@report\{report,$/m);
    expect(reportBibtex(item)).toContain('date = {ca. 1994--1995}');
    expect(reportBibtex(item) + reportRis(item)).not.toMatch(/author|^AU/m);
  });
});

describe('downloads', () => {
  test('the item is an unsigned webpage dated by its last revision (no reference manager keeps "The editors" as one name)', () => {
    const item = pageItem(lad, site);
    expect(item).toMatchObject({ type: 'webpage', title: 'Lad', 'container-title': site.title });
    expect(item.author).toBeUndefined();
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 23]] });
  });
  test('an edition is cited by its own URL and date, the site named with the edition, SEP-style', () => {
    const edition: PageRecord = {
      key: 'movements/lad',
      title: 'Lad',
      url: 'https://example.org/kz/editions/2026-12/movements/lad/',
      updated: '2026-12-01',
      edition: '2026-12',
    };
    const apa = formatPageCitations(edition, site).find((c) => c.id === 'apa')!;
    expect(apa.text).toBe(
      'Lad. (2026, December 1). Kazakhstan’s Political Movements, 1986–1995 (Edition 2026-12). https://example.org/kz/editions/2026-12/movements/lad/',
    );
    expect(toBibtex(edition, site)).toContain('version = {edition 2026-12}');
    expect(toRis(edition, site)).toMatch(/^T2 {2}- Kazakhstan’s Political Movements, 1986–1995 \(edition 2026-12\)$/m);
  });
  test('BibTeX, RIS and CSL-JSON parse back with the title, URL, date and version', () => {
    for (const [name, text] of [
      ['bibtex', toBibtex(lad, site)],
      ['ris', toRis(lad, site)],
      ['csl-json', toCslJson(lad, site)],
    ] as const) {
      const [item] = new Cite(text).data as Record<string, unknown>[];
      expect(item?.title, name).toBe('Lad');
      expect(item?.URL, name).toBe(lad.url);
      expect(item?.issued, name).toEqual({ 'date-parts': [[2026, 11, 23]] });
      expect(String(item?.note), name).toContain('5020b05');
    }
  });
  test('RIS and BibTeX carry the website name', () => {
    expect(toRis(lad, site)).toMatch(/^T2 {2}- Kazakhstan’s Political Movements, 1986–1995$/m);
    expect(toBibtex(lad, site)).toContain('Kazakhstan');
  });
});

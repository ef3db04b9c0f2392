import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import {
  ACCESS_PLACEHOLDER,
  CITATION_STYLES,
  formatPageCitations,
  pageItem,
  toBibtex,
  toCslJson,
  toRis,
  type PageRecord,
} from '../../src/lib/page-citation';

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
  // APA 7 §10.16 (webpage on a website, group author): Author. (Year, Month Day). *Title*. Site Name. URL
  test('gives the APA 7 reference of a page, title in italics, no full stop after the URL', () => {
    expect(cited('apa').text).toBe(
      'The editors. (2026, November 23). Lad. Kazakhstan’s Political Movements, 1986–1995. https://example.org/kz/movements/lad/',
    );
    expect(cited('apa').html).toContain('<i>Lad</i>. Kazakhstan’s');
  });
  // MLA 9 (web page): Author. “Title.” *Website*, Day Mon. Year, URL.  (months over four letters abbreviated)
  test('gives the MLA 9 entry of a page, website in italics and the month abbreviated', () => {
    expect(cited('mla').text).toBe(
      'The editors. “Lad.” Kazakhstan’s Political Movements, 1986–1995, 23 Nov. 2026, https://example.org/kz/movements/lad/.',
    );
    expect(cited('mla').html).toContain('<i>Kazakhstan’s Political Movements, 1986–1995</i>, 23 Nov. 2026');
  });
  test('gives all five styles, each naming the title, the site and the URL', () => {
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

describe('downloads', () => {
  test('the item is a webpage dated by its last revision, credited to the authorship the site states', () => {
    const item = pageItem(lad, site);
    expect(item).toMatchObject({ type: 'webpage', title: 'Lad', author: [{ literal: 'The editors' }] });
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 23]] });
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

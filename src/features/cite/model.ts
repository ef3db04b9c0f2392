/** How to cite one of our pages: its CSL-JSON item, the formatted references and the download files. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicagoNote from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
// Official CSL styles (CC BY-SA 3.0), vendored verbatim: see src/features/cite/csl/README.md.
import chicagoAuthorDate from './csl/chicago-author-date.csl?raw';
import mla from './csl/modern-language-association.csl?raw';
import gost from './csl/gost-r-7-0-5-2008-numeric.csl?raw';
import russian from './csl/locales-ru-RU.xml?raw';
// Ours: the CSL Project has no Kazakh locale (see its opening comment).
import kazakh from './csl/locales-kk-KZ.xml?raw';
import type { CslItem } from '../sources/model';
import { formatPartialDate } from '../../shared/dates';

/**
 * What the site says about itself, as the citation needs it. `author` is what the site says of its
 * authorship in prose; no citation names it: the pages are cited unsigned, title first, because no
 * reference manager keeps "The editors" as one name when it saves a page (Zotero splits it into first
 * name "The" and last name "Editors"), and a citation must say what the saved item says.
 */
export interface SiteFacts {
  title: string;
  author: string;
  lang: string;
}

/** One commit of a page's content file. */
export interface Version {
  hash: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

/** One citable page, from its own metadata. */
export interface PageRecord {
  /** Stable key, e.g. "movements/lad". */
  key: string;
  title: string;
  /** Absolute public URL. */
  url: string;
  /** Last substantive revision, YYYY-MM-DD (the entry's `updated`). */
  updated: string;
  /** First published, YYYY-MM-DD, when the repository history knows it. */
  published?: string | undefined;
  /** The commit the page's text comes from, when the repository history knows it. */
  version?: Version | undefined;
  /** Set when the record is an edition's page: the edition's name; `url` and `updated` are then the edition's. */
  edition?: string | undefined;
}

/**
 * The styles offered, in the order shown. `template` is the citation-js style name, `locale` the CSL
 * locale its terms come from: GOST R 7.0.5-2008 is the form of Russian- and Kazakh-language coursework,
 * which describes a work in any language with Russian terms ("[Электронный ресурс]", "дата обращения").
 */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA 7th edition', template: 'apa', locale: 'en-US' },
  { id: 'mla', label: 'MLA 9th edition', template: 'modern-language-association', locale: 'en-US' },
  {
    id: 'chicago-nb',
    label: 'Chicago 17th edition (notes and bibliography)',
    template: 'chicago-note-bibliography',
    locale: 'en-US',
  },
  { id: 'chicago-ad', label: 'Chicago 17th edition (author-date)', template: 'chicago-author-date', locale: 'en-US' },
  // citation-js bundles Cite Them Right 12th edition, the common "Harvard", under this name.
  { id: 'harvard', label: 'Harvard (Cite Them Right 12th edition)', template: 'harvard1', locale: 'en-US' },
  { id: 'gost', label: 'GOST R 7.0.5-2008', template: 'gost-r-7-0-5-2008-numeric', locale: 'ru-RU' },
] as const;

export type StyleId = (typeof CITATION_STYLES)[number]['id'];

const csl = plugins.config.get('@csl');
for (const [name, xml] of [
  ['chicago-note-bibliography', chicagoNote.content],
  ['chicago-author-date', chicagoAuthorDate],
  ['modern-language-association', mla],
  ['gost-r-7-0-5-2008-numeric', gost],
] as const) {
  if (!csl.styles.has(name)) csl.styles.add(name, xml);
}
// citation-js bundles only en-US; the official Russian locale and our Kazakh one give GOST its terms.
if (!csl.locales.has('ru-RU')) csl.locales.add('ru-RU', russian);
if (!csl.locales.has('kk-KZ')) csl.locales.add('kk-KZ', kazakh);

/**
 * The CSL locale a style's terms come from on a page in `pageLang`: GOST in Kazakh on a Kazakh page and in
 * Russian elsewhere (Russian-language coursework cites any page so); the English-language styles in English.
 */
export function styleLocale(style: (typeof CITATION_STYLES)[number], pageLang = 'en'): string {
  if (style.id === 'gost' && pageLang === 'kk') return 'kk-KZ';
  return style.locale;
}

/** What the student replaces with the day they read the page. */
export const ACCESS_PLACEHOLDER = '[access date]';
// A date no real access can have: the styles print it where they want an access date, and we swap it
// for the placeholder. Whatever the style's date format, it is one of these.
const SENTINEL = { 'date-parts': [[1900, 1, 1]] };
const SENTINEL_TEXT = /January 1, 1900|1 January 1900|1 Jan\. 1900|Jan\. 1, 1900|1900-01-01|01\.01\.1900/g;

function dateParts(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** "edition 2026-12" as the container title gives it, SEP-style: "Site (edition 2026-12)". */
export function editionContainer(siteTitle: string, edition: string): string {
  return `${siteTitle} (edition ${edition})`;
}

/** The website's name as a citation gives it: an edition is named after the site, SEP-style. */
export function containerTitle(page: PageRecord, site: SiteFacts): string {
  return page.edition ? editionContainer(site.title, page.edition) : site.title;
}

/**
 * The page as a CSL-JSON webpage item, unsigned: the data every style and download is made from, and
 * what Zotero saves from the page's head (title, website title, date, URL; see head-meta.ts).
 */
export function pageItem(page: PageRecord, site: SiteFacts): CslItem {
  return {
    id: page.key.replace(/\//g, '-'),
    type: 'webpage',
    title: page.title,
    'container-title': containerTitle(page, site),
    // Styles want the date of the version cited: the last revision (or the edition's date), not the first publication.
    issued: dateParts(page.updated),
    URL: page.url,
    language: site.lang,
  };
}

/** "Version 1a2b3c4 of 23 November 2026", for notes and exports. */
export function versionLabel(version: Version): string {
  return `Version ${version.hash} of ${formatPartialDate(version.date)}`;
}

export interface FormattedCitation {
  id: StyleId;
  label: string;
  /** The language of the style's terms (BCP 47), e.g. "ru" for GOST: its reference is marked up in it. */
  lang: string;
  /** HTML (italics), with the access-date placeholder marked up. */
  html: string;
  /** The same as plain text. */
  text: string;
}

function formatOne(item: CslItem, template: string, lang: string, format: 'html' | 'text'): string {
  const out = new Cite([{ ...item, accessed: SENTINEL }]).format('bibliography', { template, lang, format });
  // A numeric style (GOST) numbers its list: one reference alone goes without the "1.".
  const html = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(out)?.[1];
  const inner =
    format === 'html'
      ? (html ?? /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(out)?.[1] ?? out)
      : out.replace(/^\s*1\.\s+/, '');
  return inner.replace(/\s+/g, ' ').trim();
}

/** The page's reference in every offered style, formatted by citation-js. */
export function formatPageCitations(page: PageRecord, site: SiteFacts, pageLang = 'en'): FormattedCitation[] {
  return formatCitations(pageItem(page, site), pageLang);
}

/**
 * One reference in every offered style: `format` gives it in a style and locale, and the sentinel it
 * carries is swapped for the placeholder the student fills in (marked up in the HTML).
 */
function inEveryStyle(
  pageLang: string,
  format: (template: string, locale: string, as: 'html' | 'text') => string,
  sentinel: string | RegExp,
  placeholder: string,
): FormattedCitation[] {
  return CITATION_STYLES.map((style) => {
    const locale = styleLocale(style, pageLang);
    return {
      id: style.id,
      label: style.label,
      lang: locale.slice(0, 2),
      html: format(style.template, locale, 'html').replace(sentinel, `<mark class="placeholder">${placeholder}</mark>`),
      text: format(style.template, locale, 'text').replace(sentinel, placeholder),
    };
  });
}

/** Any CSL item (the whole site, the primary source) in every offered style. */
export function formatCitations(item: CslItem, pageLang = 'en'): FormattedCitation[] {
  return inEveryStyle(
    pageLang,
    (template, locale, as) => formatOne(item, template, locale, as),
    SENTINEL_TEXT,
    ACCESS_PLACEHOLDER,
  );
}

/** What the student replaces with the paragraph's number (shown in the page's margin). */
export const PARAGRAPH_PLACEHOLDER = '[paragraph number]';
const PARAGRAPH_SENTINEL = '9999';

export interface FormattedParagraphCitation {
  id: StyleId;
  label: string;
  lang: string;
  /** In-text citation or note for one paragraph (a CSL locator labelled "paragraph"), HTML. */
  html: string;
  text: string;
}

/** The in-text citation (or short note) of one paragraph in every style, the number left to the student. */
export function formatParagraphCitations(item: CslItem, pageLang = 'en'): FormattedParagraphCitation[] {
  const cite = new Cite([{ ...item, accessed: SENTINEL }]);
  const one = (template: string, lang: string, format: 'html' | 'text') =>
    cite
      .format('citation', {
        template,
        lang,
        format,
        entry: [{ id: item.id, locator: PARAGRAPH_SENTINEL, label: 'paragraph' }],
      })
      .replace(/\s+/g, ' ')
      // The vendored MLA style prints the label and the number without a space ("para.4").
      .replace(new RegExp(`([a-z]\\.)${PARAGRAPH_SENTINEL}`), `$1 ${PARAGRAPH_SENTINEL}`)
      .trim();
  return inEveryStyle(pageLang, one, PARAGRAPH_SENTINEL, PARAGRAPH_PLACEHOLDER);
}

/** The item for reference managers: the page item plus its version (the edition, or the commit), which the styles leave out. */
export function exportItem(page: PageRecord, site: SiteFacts): CslItem {
  const item = pageItem(page, site);
  if (page.edition)
    return {
      ...item,
      version: `edition ${page.edition}`,
      note: `Edition ${page.edition} of ${formatPartialDate(page.updated)}`,
    };
  if (!page.version) return item;
  return { ...item, version: page.version.hash, note: versionLabel(page.version) };
}

/** CSL-JSON download: an array of one item, as Zotero, Mendeley and pandoc read it. */
export function toCslJson(page: PageRecord, site: SiteFacts): string {
  return `${JSON.stringify([exportItem(page, site)], null, 2)}\n`;
}

/** A BibTeX field value: braces kept balanced, TeX's special characters escaped. */
function bibValue(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/**
 * BibTeX download, written as biblatex `@online` with an ISO `date`: Zotero imports it as a web page
 * with that date, and reads `journaltitle` as the website's title (checked with Zotero's BibTeX
 * translator; `@misc` imported as a generic document, and `month = {nov 23}` as no date at all).
 */
export function toBibtex(page: PageRecord, site: SiteFacts): string {
  const item = exportItem(page, site);
  const fields: [string, string | undefined][] = [
    ['title', page.title],
    ['journaltitle', containerTitle(page, site)],
    ['date', page.updated],
    ['url', page.url],
    ['version', item.version as string | undefined],
    ['note', item.note as string | undefined],
    ['langid', site.lang === 'en' ? 'english' : site.lang],
  ];
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([name, value]) => `  ${name} = {${name === 'url' ? value : bibValue(value)}},`)
    .join('\n');
  return `@online{${item.id},\n${body}\n}\n`;
}

/**
 * RIS download for Zotero, EndNote and Mendeley: `ELEC` (web page) with the website's name in `T2`,
 * which Zotero's RIS translator saves as the website title, and the date as `DA`.
 */
export function toRis(page: PageRecord, site: SiteFacts): string {
  const item = exportItem(page, site);
  const lines: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['TI', page.title],
    ['T2', containerTitle(page, site)],
    ['DA', `${page.updated.replace(/-/g, '/')}/`],
    ['PY', page.updated.slice(0, 4)],
    ['UR', page.url],
    ['ET', page.edition ? `edition ${page.edition}` : undefined],
    ['N1', item.note as string | undefined],
    ['LA', site.lang],
  ];
  return (
    lines
      .filter(([, v]) => v)
      .map(([tag, v]) => `${tag}  - ${v}`)
      .join('\n') + '\nER  - \n'
  );
}

/** The report's uncertain date as Zotero keeps it (a free-text date): "ca. 1994–1995". */
export function uncertainDate(issued: CslItem['issued']): string {
  const parts = (issued as { 'date-parts'?: number[][]; circa?: unknown } | undefined) ?? {};
  const years = (parts['date-parts'] ?? []).map((p) => p[0]).filter((y): y is number => typeof y === 'number');
  const span = [...new Set(years)].join('–');
  return parts.circa ? `ca. ${span}` : span;
}

/**
 * The primary report as an item of its own, for students who cite the report rather than our page:
 * typed report, with a bracketed description for a title (it has none; we never invent one), its
 * uncertain date, and the address where it is reproduced. `source` is its entry in content/sources.yaml.
 */
export function reportItem(source: CslItem, url: string): CslItem {
  return {
    id: 'report',
    type: 'report',
    // An untitled work's "title" in the sources data is our description of it: bracketed, as APA and Chicago want.
    title: source.untitled
      ? `[${String(source.title)}]`
      : source.genre
        ? `[${String(source.genre)}]`
        : String(source.title),
    genre: 'Report',
    issued: source.issued,
    URL: url,
    language: source.language,
  };
}

/** The report for reference managers: RIS `RPRT` with the date written out, which Zotero keeps as written. */
export function reportRis(item: CslItem): string {
  const lines = [
    ['TY', 'RPRT'],
    ['TI', String(item.title)],
    ['M3', String(item.genre)],
    ['DA', uncertainDate(item.issued)],
    ['UR', String(item.URL)],
    ['LA', String(item.language ?? 'en')],
  ];
  return lines.map(([tag, v]) => `${tag}  - ${v}`).join('\n') + '\nER  - \n';
}

/** The report as BibTeX `@report`: the uncertain date in `date`, which Zotero keeps as written (biblatex may warn). */
export function reportBibtex(item: CslItem): string {
  const fields = [
    ['title', bibValue(String(item.title))],
    ['type', String(item.genre)],
    ['date', uncertainDate(item.issued).replace('–', '--')],
    ['url', String(item.URL)],
    ['langid', item.language === 'en' ? 'english' : String(item.language)],
  ];
  return `@report{report,\n${fields.map(([n, v]) => `  ${n} = {${v}},`).join('\n')}\n}\n`;
}

/** The report as CSL-JSON: an array of one item. */
export function reportCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

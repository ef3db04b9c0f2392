/** How to cite one of our pages: its CSL-JSON item, the formatted references and the download files. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicagoNote from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
// Official CSL styles (CC BY-SA 3.0), vendored verbatim: see src/csl/README.md.
import chicagoAuthorDate from '../csl/chicago-author-date.csl?raw';
import mla from '../csl/modern-language-association.csl?raw';
import type { CslItem } from './citations';
import { formatPartialDate } from './dates';

/** What the site says about itself, as the citation needs it. */
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
}

/** The styles offered, in the order shown. `template` is the citation-js style name. */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA 7th edition', template: 'apa' },
  { id: 'mla', label: 'MLA 9th edition', template: 'modern-language-association' },
  { id: 'chicago-nb', label: 'Chicago 17th edition (notes and bibliography)', template: 'chicago-note-bibliography' },
  { id: 'chicago-ad', label: 'Chicago 17th edition (author-date)', template: 'chicago-author-date' },
  // citation-js bundles Cite Them Right 12th edition, the common "Harvard", under this name.
  { id: 'harvard', label: 'Harvard (Cite Them Right 12th edition)', template: 'harvard1' },
] as const;

export type StyleId = (typeof CITATION_STYLES)[number]['id'];

const csl = plugins.config.get('@csl');
for (const [name, xml] of [
  ['chicago-note-bibliography', chicagoNote.content],
  ['chicago-author-date', chicagoAuthorDate],
  ['modern-language-association', mla],
] as const) {
  if (!csl.styles.has(name)) csl.styles.add(name, xml);
}

/** What the student replaces with the day they read the page. */
export const ACCESS_PLACEHOLDER = '[access date]';
// A date no real access can have: the styles print it where they want an access date, and we swap it
// for the placeholder. Whatever the style's date format, it is one of these.
const SENTINEL = { 'date-parts': [[1900, 1, 1]] };
const SENTINEL_TEXT = /January 1, 1900|1 January 1900|1 Jan\. 1900|Jan\. 1, 1900|1900-01-01/g;

function dateParts(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** The page as a CSL-JSON webpage item: the data every style and download is made from. */
export function pageItem(page: PageRecord, site: SiteFacts): CslItem {
  return {
    id: page.key.replace(/\//g, '-'),
    type: 'webpage',
    title: page.title,
    'container-title': site.title,
    author: [{ literal: site.author }],
    // Styles want the date of the version cited: the last revision, not the first publication.
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
  /** HTML (italics), with the access-date placeholder marked up. */
  html: string;
  /** The same as plain text. */
  text: string;
}

function formatOne(item: CslItem, template: string, format: 'html' | 'text'): string {
  const out = new Cite([{ ...item, accessed: SENTINEL }]).format('bibliography', { template, lang: 'en-US', format });
  const inner = format === 'html' ? (/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(out)?.[1] ?? out) : out;
  return inner.replace(/\s+/g, ' ').trim();
}

/** The page's reference in every offered style, formatted by citation-js. */
export function formatPageCitations(page: PageRecord, site: SiteFacts): FormattedCitation[] {
  return formatCitations(pageItem(page, site));
}

/** Any CSL item (the whole site, the primary source) in every offered style. */
export function formatCitations(item: CslItem): FormattedCitation[] {
  return CITATION_STYLES.map(({ id, label, template }) => ({
    id,
    label,
    html: formatOne(item, template, 'html').replace(SENTINEL_TEXT, `<mark class="placeholder">${ACCESS_PLACEHOLDER}</mark>`),
    text: formatOne(item, template, 'text').replace(SENTINEL_TEXT, ACCESS_PLACEHOLDER),
  }));
}

/** The item for reference managers: the page item plus the version, which the formatted styles leave out. */
export function exportItem(page: PageRecord, site: SiteFacts): CslItem {
  const item = pageItem(page, site);
  if (!page.version) return item;
  return { ...item, version: page.version.hash, note: versionLabel(page.version) };
}

/** CSL-JSON download: an array of one item, as Zotero, Mendeley and pandoc read it. */
export function toCslJson(page: PageRecord, site: SiteFacts): string {
  return `${JSON.stringify([exportItem(page, site)], null, 2)}\n`;
}

/** BibTeX download (@misc). BibTeX has no field for a website's name, so the note carries it. */
export function toBibtex(page: PageRecord, site: SiteFacts): string {
  const item = exportItem(page, site);
  const note = [site.title, page.version ? versionLabel(page.version) : undefined].filter(Boolean).join('. ');
  return new Cite([{ ...item, note }]).format('bibtex').trim() + '\n';
}

/** RIS download (ELEC). citation-js leaves out the website's name for ELEC, so T2 adds it. */
export function toRis(page: PageRecord, site: SiteFacts): string {
  const ris = new Cite([exportItem(page, site)]).format('ris').trim();
  return `${ris.replace(/^(TI {2}- .*)$/m, `$1\nT2  - ${site.title}`)}\n`;
}

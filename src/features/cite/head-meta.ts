/** Reference-manager and crawler metadata for a page: Highwire Press, Dublin Core, Open Graph, schema.org. */
import type { CslItem } from '../sources/model';
import { containerTitle, uncertainDate, type PageRecord, type SiteFacts } from './model';

/** One <meta>: `name` for Highwire and Dublin Core, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PageHead {
  /** The page's own title (without the site name). */
  title: string;
  description: string;
  /** Absolute URL of the page itself. */
  url: string;
  /** Present on citable pages: what the page is cited by (title, URL, date, edition). */
  record?: PageRecord | undefined;
  /** The home page, whose title is the site's own: no site name beside it (Zotero would save it twice). */
  home?: boolean | undefined;
  /** The primary-source page describes the report it reproduces (see reportTags). */
  report?: CslItem | undefined;
}

/** Highwire dates are written YYYY/MM/DD. */
const highwireDate = (iso: string) => iso.replace(/-/g, '/');

/**
 * The tags Zotero's Embedded Metadata translator reads (checked with Zotero's translation-server and
 * zotero/translators; see CONTRIBUTING.md, "What Zotero saves"):
 * - `citation_title` → title; `citation_publication_date` → date; `citation_public_url` → URL;
 *   `og:site_name` → website title; `citation_language` → language.
 * - No `citation_author` or `DC.creator`: the pages are cited unsigned (see SiteFacts), and Zotero would
 *   save "The editors" as first name "The", last name "Editors".
 * - No `DC.type`: its value becomes the item's website type, which APA prints as "[Webpage]".
 * - `og:type` "website" makes the item a Web Page; "article" (or nothing) makes it a journal article,
 *   because `citation_title` alone suggests one.
 * - No `citation_journal_title`: it would make every page a journal article.
 */
export function metaTags(page: PageHead, site: SiteFacts): MetaTag[] {
  if (page.report) return reportTags(page, page.report, site);
  const { record } = page;
  // The address a reference manager saves: the record's (a live page's edition, while the text is the same).
  const cited = record?.url ?? page.url;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: page.title },
    ...(record ? [{ name: 'citation_publication_date', content: highwireDate(record.updated) }] : []),
    ...(record?.published && !record.edition
      ? [{ name: 'citation_online_date', content: highwireDate(record.published) }]
      : []),
    { name: 'citation_public_url', content: cited },
    { name: 'citation_language', content: site.lang },
    { name: 'DC.title', content: page.title },
    { name: 'DC.language', content: site.lang },
    { name: 'DC.identifier', content: cited },
    ...(record ? [{ name: 'DC.date', content: record.updated }] : []),
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    ...(page.home ? [] : [{ property: 'og:site_name', content: record ? containerTitle(record, site) : site.title }]),
    { property: 'og:locale', content: site.lang },
    { property: 'og:type', content: 'website' },
  ];
  return tags;
}

/**
 * The primary-source page saves as the report itself: `DC.type` "Report" makes Zotero's item a report
 * (with report type "Report"), the bracketed description is its title, and the uncertain date is written
 * out ("ca. 1994–1995"), which Zotero keeps as written. No `og:type`: "website" would make it a web page.
 */
function reportTags(page: PageHead, report: CslItem, site: SiteFacts): MetaTag[] {
  const date = uncertainDate(report.issued);
  return [
    { name: 'citation_title', content: String(report.title) },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_public_url', content: page.url },
    { name: 'citation_language', content: site.lang },
    { name: 'DC.title', content: String(report.title) },
    { name: 'DC.type', content: 'Report' },
    { name: 'DC.date', content: date },
    { name: 'DC.language', content: site.lang },
    { name: 'DC.identifier', content: page.url },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:site_name', content: site.title },
    { property: 'og:locale', content: site.lang },
  ];
}

/** schema.org JSON-LD: the page as a WebPage of the WebSite, with its dates and version; unsigned, like its citation. */
export function jsonLd(page: PageHead, site: SiteFacts, home: string): Record<string, unknown> {
  const { record } = page;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.title,
    headline: page.title,
    description: page.description,
    url: page.url,
    inLanguage: site.lang,
    isPartOf: { '@type': 'WebSite', name: site.title, url: home },
    ...(record?.published && !record.edition ? { datePublished: record.published } : {}),
    ...(record ? { dateModified: record.updated } : {}),
    ...(record?.edition
      ? { version: `edition ${record.edition}` }
      : record?.version
        ? { version: record.version.hash }
        : {}),
  };
}

/** Reference-manager and crawler metadata for a page: Highwire Press, Dublin Core, Open Graph, schema.org. */
import type { PageRecord, SiteFacts } from './page-citation';

/** One <meta>: `name` for Highwire and Dublin Core, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PageHead {
  /** The page's own title (without the site name). */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Present on entry pages: dates and version. */
  record?: PageRecord | undefined;
}

/** Highwire dates are written YYYY/MM/DD. */
const highwireDate = (iso: string) => iso.replace(/-/g, '/');

/**
 * The tags Zotero's Embedded Metadata translator and Google Scholar read. No `citation_journal_title`:
 * it would make every page a journal article; DC.type "webpage" and og:site_name say what it is.
 * No `citation_author` or `DC.creator` either: Zotero reads every such name as a person's, so the site's
 * group authorship ("The editors") would be saved with first name "The" and last name "Editors". Without
 * them Zotero saves an unsigned web page, which the styles cite by title; the JSON-LD names the editors
 * as an organisation.
 */
export function metaTags(page: PageHead, site: SiteFacts): MetaTag[] {
  const { record } = page;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: page.title },
    { name: 'citation_public_url', content: page.url },
    { name: 'citation_language', content: site.lang },
    { name: 'DC.title', content: page.title },
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.language', content: site.lang },
    { name: 'DC.identifier', content: page.url },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:site_name', content: site.title },
    { property: 'og:locale', content: site.lang },
    { property: 'og:type', content: record ? 'article' : 'website' },
  ];
  if (record) {
    tags.splice(
      2,
      0,
      { name: 'citation_publication_date', content: highwireDate(record.updated) },
      ...(record.published ? [{ name: 'citation_online_date', content: highwireDate(record.published) }] : []),
    );
    tags.push({ name: 'DC.date', content: record.updated });
    if (record.published) tags.push({ property: 'article:published_time', content: record.published });
    tags.push({ property: 'article:modified_time', content: record.updated });
  }
  return tags;
}

/** schema.org JSON-LD: the page as a WebPage of the WebSite, with its dates and version. */
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
    author: { '@type': 'Organization', name: site.author },
    isPartOf: { '@type': 'WebSite', name: site.title, url: home },
    ...(record?.published ? { datePublished: record.published } : {}),
    ...(record ? { dateModified: record.updated } : {}),
    ...(record?.version ? { version: record.version.hash } : {}),
  };
}

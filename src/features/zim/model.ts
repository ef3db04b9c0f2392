/** The ZIM files for Kiwix: one per language of the site, named by the edition it holds; their metadata, and the built pages made to work inside one. */
import { TARGET_LANGS } from '../i18n/model.ts';
import { load } from 'cheerio';
import { LICENCE } from '../../config.ts';
import { WORK_NAME } from '../downloads/model.ts';

/** One language of the site, and the texts its ZIM file says about itself (ZIM metadata has no translations). */
export interface ZimLanguage {
  /** The site's language code ("en"), which the file name carries, as Kiwix's file names do. */
  lang: string;
  /** The language's name on the /downloads/ page ("English"). */
  name: string;
  /** The ISO 639-3 code the ZIM's Language metadata and its full-text index take ("eng"). */
  code: string;
  /** The folder of the built site that holds this language's pages: "" for the root, "ru/" for a subfolder. */
  root: string;
  /** The title Kiwix lists: at most 30 characters. */
  title: string;
  /** The site's name in this language, as the file's creator and publisher. */
  creator: string;
  /** One line for Kiwix's library: at most 80 characters, with {edition} for the edition's name. */
  description: string;
  /** What the file holds, with {edition}, {date} (YYYY-MM-DD) and {changed}: at most 4,000 characters. */
  longDescription: string;
  /** Added to the long description when pages changed since the edition, with {count}. */
  changed: string;
}

/**
 * The languages the site has, each with its ZIM's texts. A language is added with one item here, once its pages
 * are built under `root`.
 */
export const ZIM_LANGUAGES: readonly ZimLanguage[] = [
  {
    lang: 'en',
    name: 'English',
    code: 'eng',
    root: '',
    title: 'Kazakhstan’s Movements 1986–95',
    creator: 'Kazakhstan’s Political Movements, 1986–1995',
    description: 'Kazakhstan’s political movements 1986–1995, every fact sourced; edition {edition}',
    longDescription:
      'A documentary reference on the political movements of Kazakhstan at the end of the Soviet era and in the first years of independence, every statement footnoted to its source. Edition {edition} of {date}: every movement and context entry with its notes and sources, the people, the glossary, the bibliography, the primary source, the timeline, the spectrum of the movements and the map of places, with full-text search.{changed} Text and data CC BY 4.0; the primary source’s excerpts are reproduced as received and not covered.',
    changed: ' Pages added or changed since the edition: {count}; each says so.',
  },
];

/** The tags Kiwix's library filters by: subject words, then its own (`_category`, what the file has). */
export const ZIM_TAGS = [
  'kazakhstan',
  'history',
  'politics',
  '_category:other',
  '_ftindex:yes',
  '_pictures:yes',
  '_videos:no',
  '_details:yes',
];

/** The ZIM's Name, the same for every edition so that Kiwix knows a newer file replaces it: "…_en". */
export function zimName(lang: string): string {
  return `${WORK_NAME}_${lang}`;
}

/** Site path of a language's ZIM file of an edition: "downloads/kazakhstan-political-movements-1986-1995_en_2026-11.zim". */
export function zimFile(lang: string, edition: string): string {
  return `downloads/${zimName(lang)}_${edition}.zim`;
}

/** What one ZIM file holds, as the /downloads/ page states it. */
export interface ZimEdition {
  /** The edition's name ("2026-11") and date ("2026-11-28"). */
  name: string;
  date: string;
  /** How many of the pages an edition holds (entries, primary source) were added or changed since this edition. */
  changed: number;
}

/** The facts a ZIM's metadata is made from, besides its language and edition. */
export interface ZimFacts {
  /** The day the file is made, YYYY-MM-DD. */
  date: string;
  /** The public address of the language's pages ("https://example.org/"). */
  source: string;
  /** The tool that made the file, with versions. */
  scraper: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The file's metadata entries, as openZIM names them (the illustration is added apart). */
export function zimMetadata(language: ZimLanguage, edition: ZimEdition, facts: ZimFacts): Record<string, string> {
  const changed = edition.changed ? fill(language.changed, { count: edition.changed }) : '';
  return {
    Name: zimName(language.lang),
    Title: language.title,
    Language: language.code,
    Creator: language.creator,
    Publisher: language.creator,
    Date: facts.date,
    Description: fill(language.description, { edition: edition.name }),
    LongDescription: fill(language.longDescription, { edition: edition.name, date: edition.date, changed }),
    License: `${LICENCE.spdx} (text and data; the primary source’s excerpts are not covered)`,
    Tags: ZIM_TAGS.join(';'),
    Source: facts.source,
    Scraper: facts.scraper,
  };
}

/** Characters as Kiwix counts them (Unicode code points, not UTF-16 units or bytes). */
const length = (text: string) => [...text].length;

const MANDATORY = ['Name', 'Title', 'Language', 'Creator', 'Publisher', 'Date', 'Description'];

/**
 * What in a ZIM's metadata breaks openZIM's rules (libzim's own checks, which this Debian version does not run):
 * a missing entry, a title over 30 or a description over 80 characters, a long description over 4,000 or shorter
 * than the description, a language that is not ISO 639-3 codes, a date that is not YYYY-MM-DD, an illustration
 * that is not a 48×48 PNG.
 */
export function metadataProblems(metadata: Record<string, string>, illustration: Uint8Array): string[] {
  const problems = MANDATORY.filter((key) => !metadata[key]?.trim()).map((key) => `${key} is missing`);
  const check = (key: string, ok: boolean, rule: string) => {
    if (metadata[key] !== undefined && !ok) problems.push(`${key} "${metadata[key]}" ${rule}`);
  };
  check('Title', length(metadata['Title'] ?? '') <= 30, `has ${length(metadata['Title'] ?? '')} characters, over 30`);
  check(
    'Description',
    length(metadata['Description'] ?? '') <= 80,
    `has ${length(metadata['Description'] ?? '')} characters, over 80`,
  );
  const long = metadata['LongDescription'] ?? '';
  check('LongDescription', length(long) <= 4000, `has ${length(long)} characters, over 4,000`);
  check('LongDescription', long.length >= (metadata['Description'] ?? '').length, 'is shorter than the Description');
  check('Language', /^[a-z]{3}(,[a-z]{3})*$/.test(metadata['Language'] ?? ''), 'is not ISO 639-3 codes ("eng")');
  check('Date', /^\d{4}-\d{2}-\d{2}$/.test(metadata['Date'] ?? ''), 'is not YYYY-MM-DD');
  check('Name', !/\s/.test(metadata['Name'] ?? ''), 'has spaces');
  const size = pngSize(illustration);
  if (!size) problems.push('the illustration is not a PNG');
  else if (size.width !== 48 || size.height !== 48)
    problems.push(`the illustration is ${size.width}×${size.height}, not 48×48`);
  return problems;
}

/** A PNG's width and height from its header, or undefined for anything else. */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || signature.some((b, i) => data[i] !== b)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Why a file of the built site stays out of a language's ZIM, or undefined when it goes in: what only a web
 * host, a crawler or the browser's own search uses; the other downloads (fetched online); every edition but the
 * one the file holds; another language's pages. Links to what stays out lead to the public site.
 */
export function leftOut(
  sitePath: string,
  language: ZimLanguage,
  edition: string,
  languages: readonly ZimLanguage[] = ZIM_LANGUAGES,
): string | undefined {
  if (/^(pagefind|search)\//.test(sitePath)) return 'the site’s own search (Kiwix searches the file’s index)';
  if (/^(_headers|_redirects|robots\.txt|sitemap[^/]*\.xml|404\.html|manifest\.webmanifest|feed\.xml)$/.test(sitePath))
    return 'for web hosts, crawlers and feed readers';
  if (sitePath.startsWith('downloads/')) return 'the downloads are fetched online';
  const stored = /^editions\/([^/]+)\//.exec(sitePath);
  if (stored && stored[1] !== edition) return 'another edition';
  const other = languages.find((l) => l !== language && l.root && sitePath.startsWith(l.root));
  if (other && !language.root.startsWith(other.root)) return 'another language';
  if (language.root && !sitePath.startsWith(language.root) && sitePath.endsWith('.html')) return 'another language';
  // The Kazakh and Russian pages (src/features/i18n/) have no ZIM of their own yet, and are not English.
  if (!language.root && TARGET_LANGS.some((l) => sitePath.startsWith(`${l}/`)))
    return 'a translation (no ZIM in its language yet)';
  return undefined;
}

/** A site path as the ZIM's entry path: a folder's page is its index.html, as Kiwix resolves no folders. */
export function entryPath(sitePath: string): string {
  return sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

/** The relative URL from the entry at `from` to the entry at `to` ("movements/lad/index.html" → "../unity/index.html"). */
export function relativeUrl(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

/** Where the pages were built for and published, and what the ZIM leaves out: what a link is rewritten with. */
export interface LinkContext {
  /** The base path the site was built for ("/" or "/kz/"). */
  base: string;
  /** The public address with the base path ("https://example.org/kz/"). */
  publicBase: string;
  /** True for an entry path the ZIM leaves out on purpose (see leftOut()), which links reach online. */
  online: (entryPath: string) => boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * A URL of the page at entry path `from`, as it must read inside the ZIM: a link to a page or file of the site
 * becomes relative and names the file ("/kz/movements/unity/#p-1" → "../unity/index.html#p-1"), since Kiwix
 * serves a ZIM under a prefix of its own and maps no folder to its index.html; a link to what the ZIM leaves out
 * leads to the public site; links out of the site and within the page stay as they are. A link to a file the site
 * does not have stays a relative link, so that zimcheck reports it.
 */
export function zimUrl(url: string, from: string, context: LinkContext): string {
  if (url === '' || url.startsWith('#') || SCHEME.test(url)) return url;
  const resolved = new URL(url, `http://site.invalid${context.base}${from}`);
  if (!resolved.pathname.startsWith(context.base)) return new URL(resolved.pathname, context.publicBase).href;
  const sitePath = resolved.pathname.slice(context.base.length);
  const target = entryPath(decodeURIComponent(sitePath));
  const tail = resolved.search + resolved.hash;
  return context.online(target) ? context.publicBase + sitePath + tail : relativeUrl(from, target) + tail;
}

/** A stylesheet with its `url(…)`s rewritten by zimUrl() (the fonts, for the Kazakh letters). */
export function zimCss(css: string, from: string, context: LinkContext): string {
  return css.replace(
    /url\((['"]?)([^'")]+)\1\)/g,
    (_, quote: string, url: string) => `url(${quote}${zimUrl(url, from, context)}${quote})`,
  );
}

/**
 * A built page made to work inside the ZIM: every link and source through zimUrl(), without the search box
 * (Kiwix has its own, over the file's index) and the web-app manifest, which a reader would fetch online.
 */
export function zimPage(html: string, from: string, context: LinkContext): string {
  const $ = load(html);
  $('form[role="search"], link[rel="manifest"]').remove();
  for (const attr of ['href', 'src', 'action']) {
    $(`[${attr}]`).each((_, el) => {
      $(el).attr(attr, zimUrl($(el).attr(attr)!, from, context));
    });
  }
  return $.html();
}

/** The target site path of a redirect page (a meta refresh, as Astro writes one), or undefined for a page. */
export function redirectTarget(html: string, base: string): string | undefined {
  const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html);
  if (!refresh) return undefined;
  const target = new URL(refresh[1]!, `http://site.invalid${base}`).pathname;
  return target.startsWith(base) ? target.slice(base.length) : undefined;
}

/** The title a page is listed and suggested by in Kiwix: its `<title>` without the site's name after it. */
export function entryTitle(html: string, siteTitle: string): string {
  // Only the title element is parsed: a whole page takes cheerio some 30 ms, which 70 pages make seconds.
  const element = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const title = load(element)('title').text().trim();
  const own = title.endsWith(` · ${siteTitle}`) ? title.slice(0, -` · ${siteTitle}`.length) : title;
  return own || siteTitle;
}

/** The /downloads/ page without its ZIM section, for a build that could not make the files. */
export function withoutZims(html: string): string {
  return html.replace(/<section data-zim-section[^>]*>[\s\S]*?<\/section>/, '');
}

/** Site facts in one place: names, authorship, and where the content lives. */
import path from 'node:path';

/** Root of the content (entries and data). Tests point it at small fixture sets. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** Every content file and folder, relative to the content root: the one place their names are written. */
export const CONTENT_FILES = {
  /** One MDX file per movement entry. */
  movements: 'movements',
  /** One MDX file per context entry. */
  context: 'context',
  /** The works cited (CSL-YAML). */
  sources: 'sources.yaml',
  people: 'people.yaml',
  terms: 'terms.yaml',
  /** The places the entries name, for the map of places. */
  places: 'places.yaml',
  /** The primary source the site reproduces. */
  report: 'primary/report-excerpts.md',
  /** The folder of the primary source, which test content copies from the real content. */
  primary: 'primary',
  /** The stored editions, one folder each. */
  editions: 'editions',
  /** The interface strings, one YAML file per language (en.yaml, kk.yaml, ru.yaml). */
  i18n: 'i18n',
  /** The translated entries: <lang>/<section>/<id>.mdx, each made from the English entry of that section and id. */
  translations: 'translations',
} as const;

/** The collections of entries, each in its folder of CONTENT_FILES. */
export const ENTRY_COLLECTIONS = ['movements', 'context'] as const;

/** A content file or folder under `root` (the content root unless given). */
export function contentPath(name: keyof typeof CONTENT_FILES, root: string = CONTENT_DIR): string {
  return path.join(root, CONTENT_FILES[name]);
}

/** A content file as messages name it, whatever the content root: "content/sources.yaml". */
export function contentFileName(name: keyof typeof CONTENT_FILES): string {
  return `content/${CONTENT_FILES[name]}`;
}

/** An entry's file as messages name it: "content/movements/lad.mdx". */
export function entryFileName(collection: (typeof ENTRY_COLLECTIONS)[number], id: string): string {
  return `${contentFileName(collection)}/${id}.mdx`;
}

/**
 * Every URL the site has published, checked after each build. A fixture set may bring its own list
 * (`published-urls.txt` in its folder); the real site's is tests/published-urls.txt. URLS_FILE names
 * another list: the one `npm run edition` keeps when a test cuts a throwaway edition.
 */
export const PUBLISHED_URLS_FILE = process.env.URLS_FILE
  ? path.resolve(process.env.URLS_FILE)
  : process.env.CONTENT_DIR
    ? path.join(CONTENT_DIR, 'published-urls.txt')
    : path.resolve('tests/published-urls.txt');

export const SITE = {
  title: 'Kazakhstan’s Political Movements, 1986–1995',
  shortTitle: 'KZ Movements 1986–95',
  description:
    'A documentary reference on the political movements and parties of Kazakhstan at the end of the Soviet era and in the first years of independence, every statement footnoted to its source.',
  /** The authorship the site claims: an editorial team, not named individuals. */
  author: 'The editors',
  lang: 'en',
} as const;

/**
 * The licence of the site's own text and data. The primary source is not ours: its excerpts are reproduced
 * as received, their author unknown, and the licence does not cover them.
 */
export const LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  /** The SPDX identifier, as the data package names it. */
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  primarySource:
    'The report excerpts on the primary-source page are reproduced as received for study; their author and rights holder are unknown, and this licence does not cover them.',
} as const;

/** Site facts in one place: names, authorship, and where the content lives. */
import path from 'node:path';

/** Root of the content (entries and data). Tests point it at small fixture sets. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

/**
 * Every URL the site has published, checked after each build. A fixture set may bring its own list
 * (`published-urls.txt` in its folder); the real site's is tests/published-urls.txt.
 */
export const PUBLISHED_URLS_FILE = process.env.CONTENT_DIR
  ? path.join(CONTENT_DIR, 'published-urls.txt')
  : path.resolve('tests/published-urls.txt');

export const SITE = {
  title: 'Kazakhstan’s Political Movements, 1986–1995',
  shortTitle: 'KZ Movements 1986–95',
  description:
    'A documentary reference on the political movements of Kazakhstan at the end of the Soviet era and in the first years of independence, every statement footnoted to its source.',
  /** The authorship the site claims: an editorial team, not named individuals. */
  author: 'The editors',
  lang: 'en',
} as const;

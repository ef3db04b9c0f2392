/** Site facts in one place: names, authorship, and where the content lives. */
import path from 'node:path';

/** Root of the content (entries and data). Tests point it at small fixture sets. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

export const SITE = {
  title: 'Kazakhstan’s Political Movements, 1986–1995',
  shortTitle: 'KZ Movements 1986–95',
  description:
    'A documentary reference on the political movements of Kazakhstan at the end of the Soviet era and in the first years of independence, every statement footnoted to its source.',
  /** The authorship the site claims: an editorial team, not named individuals. */
  author: 'The editors',
  lang: 'en',
} as const;

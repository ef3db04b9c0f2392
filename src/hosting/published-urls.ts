/** The URLs a build publishes, and the list of those the site has ever published (tests/published-urls.txt). */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Hashed assets, the search index and the host's own files come and go with each build, and a ZIM file is named by
 * the edition it holds and replaced by the next one's (as Kiwix's files are): they are not published URLs.
 */
const TRANSIENT = /^(_astro\/|pagefind\/|_[^/]*$|downloads\/[^/]+\.zim$)/;

/** Site paths such as "/", "/movements/lad/", "/feed.xml", sorted. */
export function publishedUrls(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !TRANSIENT.test(rel))
    .map((rel) => '/' + rel.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Reads the list: one path a line; `#` starts a comment. */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** The listed URLs a build no longer publishes. */
export function missingPublishedUrls(listed: string[], built: string[]): string[] {
  const have = new Set(built);
  return listed.filter((url) => !have.has(url));
}

// Reading the built site: every HTML page, parsed with cheerio (parse5), by its URL path.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export interface Page {
  /** URL path under the base, e.g. "/movements/lad/". */
  url: string;
  file: string;
  $: CheerioAPI;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** Every .html file of a build, parsed, redirect stubs included. */
export function readAllPages(distDir: string): Page[] {
  return walk(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = path.relative(distDir, file).split(path.sep).join('/');
      const url = '/' + rel.replace(/index\.html$/, '');
      return { url, file, $: load(readFileSync(file, 'utf8')) };
    });
}

/** The ids in each page, by its URL path: the targets a fragment link may name. */
export function idsByUrl(pages: Page[]): Map<string, Set<string>> {
  return new Map(
    pages.map((p) => [
      p.url,
      new Set(
        p
          .$('[id]')
          .map((_, el) => el.attribs['id']!)
          .get(),
      ),
    ]),
  );
}

/** Every internal href of the pages that names no file of the build, or no id in its page ("/a/ → /b/#x"). */
export function brokenLinks(distDir: string, pages: Page[]): string[] {
  const ids = idsByUrl(pages);
  const broken: string[] = [];
  for (const { url, $ } of pages) {
    $('a[href], link[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (/^(https?:)?\/\//.test(href) || href.startsWith('mailto:')) return;
      const target = new URL(href, `http://site${url}`);
      const file = path.join(distDir, decodeURIComponent(target.pathname));
      const exists = target.pathname.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file);
      if (!exists) broken.push(`${url} → ${href}`);
      else if (target.hash && !ids.get(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${url} → ${href} (no such id)`);
      }
    });
  }
  return broken;
}

/** A stub that only forwards to a page's new address (see src/redirects.ts). */
export const isRedirect = (page: Page) => page.$('meta[http-equiv="refresh"]').length > 0;

/** Every page of a build, parsed: the .html files, without redirect stubs. */
export function readPages(distDir: string): Page[] {
  return readAllPages(distDir).filter((page) => !isRedirect(page));
}

/**
 * The pages the browser tests visit: all of them, except that for each edition one copy of a movement, of a
 * context entry and of the primary source, and one comparison per pair of versions, stand for the rest. An
 * edition's copies share one frame, and their stored articles were checked as the live pages they were; this
 * keeps the browser tests' time from growing with every edition.
 */
export function representativePages<T extends { url: string }>(pages: T[]): T[] {
  const seen = new Set<string>();
  return pages.filter(({ url }) => {
    const copy = /^\/editions\/([^/]+)\/([^/]+)\//.exec(url);
    const comparison = /\/history\/compare\/([^/]+)\/([^/]+)\/$/.exec(url);
    const key = copy
      ? `copy ${copy[1]} ${copy[2]}`
      : comparison
        ? `compare ${comparison[1]} ${comparison[2]}`
        : undefined;
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

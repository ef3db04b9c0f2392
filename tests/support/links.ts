// Internal links of a build that lead nowhere: the check the real site's build test and the no-browser build share.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { idsByUrl, type Page } from '../../src/build/read-pages';

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

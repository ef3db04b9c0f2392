/**
 * Writes the static host's files after the build: `_headers` with a Content Security Policy that hashes
 * the inline scripts and styles the pages really contain, and `_redirects`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineCode, sha256Source } from './csp';
import { load } from 'cheerio';
import { editionRules, headerRules, headersFile, redirectsFile, type PageLinks } from './host-files';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

export function hosting(options: { redirects: Record<string, string> }): AstroIntegration {
  let base = '/';
  return {
    name: 'kz-hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const scripts: string[] = [];
        const styles: string[] = [];
        const pages: string[] = [];
        const links: PageLinks[] = [];
        for (const file of htmlFiles(outDir)) {
          const rel = path.relative(outDir, file).split(path.sep).join('/');
          const html = readFileSync(file, 'utf8');
          const code = inlineCode(html);
          if (code.attributes.length) {
            throw new Error(
              `${rel}: inline ${code.attributes.join(', ')} cannot be allowed by a hash-only CSP; use a script module or a class.`,
            );
          }
          if (code.inMain.length) {
            throw new Error(
              `${rel}: inline ${code.inMain.join(', ')} in <main>, where entries are rendered: the policy hashes only the site's own code (outside <main>); ship it as a file.`,
            );
          }
          scripts.push(...code.scripts.map(sha256Source));
          styles.push(...code.styles.map(sha256Source));
          pages.push(rel.replace(/index\.html$/, ''));
          const $ = load(html);
          const memento = $('[data-memento-original]');
          links.push({
            page: rel.replace(/index\.html$/, ''),
            citeAs: $('link[rel="cite-as"]').attr('href'),
            original: memento.attr('data-memento-original'),
            datetime: memento.attr('data-memento-datetime'),
          });
        }
        const csp = contentSecurityPolicy({ scripts, styles });
        const rules = [...headerRules({ base, csp, pages: pages.sort() }), ...editionRules(base, links)];
        writeFileSync(path.join(outDir, '_headers'), headersFile(rules));
        writeFileSync(path.join(outDir, '_redirects'), redirectsFile(options.redirects, base));
        logger.info(
          `_headers (${new Set(scripts).size} script and ${new Set(styles).size} style hashes) and _redirects written`,
        );
      },
    },
  };
}

/**
 * Every content rule (rules.ts), checked before anything is built: `astro build` and `astro dev` both refuse
 * bad content with the file, the line and what to do. In dev, each save of a content file is checked
 * again. After a build, every published URL must still exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { CONTENT_DIR, PUBLISHED_URLS_FILE } from '../config';
import { missingPublishedUrls, parseUrlList, publishedUrls } from '../hosting/published-urls';
import { readContext, rel } from './context';
import { formatProblems, type Problem } from './problem';
import { LIST_SCHEMAS, RULES, schemaRule } from './rules';

/** The runner: reads the content folder once, runs every rule on it; returns every problem found (errors and warnings). */
export function checkContent(redirects: Record<string, string>, staticPaths: string[]): Problem[] {
  const context = readContext(Object.keys(LIST_SCHEMAS), redirects, staticPaths);
  const problems = RULES.flatMap((rule) => rule(context));
  // The schemas' findings, added last: where a rule above has already said what is wrong on a line, it is not said twice.
  const said = new Set(problems.filter((p) => !p.warning).map((p) => `${p.file}:${p.line}`));
  return [...problems, ...schemaRule(context).filter((p) => !said.has(`${p.file}:${p.line}`))];
}

/** Site paths of the routes in src/pages that are not built from content ("/", "/timeline/", "/movements/"). */
function staticPagePaths(pagesDir: string): string[] {
  if (!fs.existsSync(pagesDir)) return [];
  return (
    fs
      .readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      // A route under the optional language segment ([...lang]/) is, in English, at the path without it.
      .map((f) =>
        f
          .split(path.sep)
          .join('/')
          .replace(/^\[\.\.\.lang\]\//, ''),
      )
      .filter((f) => f.endsWith('.astro') && !f.includes('['))
      .map((f) => `/${f.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'))
  );
}

/** Logs the warnings; throws one error listing every error. */
function report(problems: Problem[], logger: AstroIntegrationLogger): void {
  const warnings = problems.filter((p) => p.warning);
  const errors = problems.filter((p) => !p.warning);
  // Warnings do not stop the build: today only http: addresses, which many archived sources only have.
  if (warnings.length)
    logger.warn(`${warnings.length} content warning(s) (the build goes on):\n${formatProblems(warnings, 5)}`);
  if (errors.length) {
    const error = new AstroError(`The content breaks ${errors.length} rule(s):\n${formatProblems(errors)}`);
    // Point at the content, not at this file: the first problem's file and line, and no stack trace.
    // Astro's dev error handler adds a hint about browser APIs to any error whose toString() contains
    // "document" or "window", as a quoted paragraph may: the name alone keeps that unrelated hint away.
    Object.assign(error, {
      loc: { file: path.resolve(errors[0]!.file), line: errors[0]!.line ?? 1, column: 1 },
      stack: '',
      toString: () => error.name,
    });
    throw error;
  }
}

export function contentRules(options: { redirects: Record<string, string> }): AstroIntegration {
  let pagesDir = '';
  let base = '/';
  return {
    name: 'kz-content-rules',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        pagesDir = fileURLToPath(new URL('./src/pages/', config.root));
        base = config.base;
        report(checkContent(options.redirects, staticPagePaths(pagesDir)), logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        // In dev, a saved content file is checked again; the problems show in the terminal and the browser.
        server.watcher.on('change', (changed) => {
          if (!path.resolve(changed).startsWith(CONTENT_DIR)) return;
          try {
            report(checkContent(options.redirects, staticPagePaths(pagesDir)), logger);
          } catch (error) {
            logger.error((error as Error).message);
            server.ws.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
          }
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!fs.existsSync(PUBLISHED_URLS_FILE)) return;
        // The downloads (PDF, EPUB) are written after the Astro build, by src/build/downloads.ts; a build test checks them.
        const listed = parseUrlList(fs.readFileSync(PUBLISHED_URLS_FILE, 'utf8')).filter(
          (url) => !url.startsWith('/downloads/'),
        );
        const missing = missingPublishedUrls(listed, publishedUrls(fileURLToPath(dir)));
        if (missing.length) {
          throw new AstroError(
            `${rel(PUBLISHED_URLS_FILE)}: ${missing.length} published URL(s) missing from the build (base ${base}):\n${missing.join('\n')}`,
            'A published URL may only leave the site with a redirect to its new address in src/hosting/redirects.ts.',
          );
        }
      },
    },
  };
}

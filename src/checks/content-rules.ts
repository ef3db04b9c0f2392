/**
 * Every content rule, checked before anything is built: `astro build` and `astro dev` both refuse
 * bad content with the file, the line and what to do. In dev, each save of a content file is checked
 * again. After a build, every published URL must still exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'astro/zod';
import { CONTENT_DIR, CONTENT_FILES, contentPath, ENTRY_COLLECTIONS, PUBLISHED_URLS_FILE } from '../config';
import { missingPublishedUrls, parseUrlList, publishedUrls } from '../hosting/published-urls';
import { parseReport, reportAnchors } from '../features/report/model';
import { crossFieldFindings, entryFindings, type EntrySource, type KnownIds } from './entry';
import { parseLocatedYaml, splitFrontmatter, type LocatedYaml } from './located-yaml';
import { unsafeNodes } from './mdx-guard';
import { movementTargets, NOT_THE_MOVEMENT, sourceRuns, unlinkedMentions } from './mentions';
import { placeFindings } from './places';
import { formatProblems, inFile, type Problem } from './problem';
import { schemaFindings } from './schema';
import {
  contradictoryRelations,
  cslDateFindings,
  duplicateIdFindings,
  redirectFindings,
  sourceUrlFindings,
  type DeclaredRelation,
} from './site';
import { entrySchemas, personSchema, placeSchema, sourceSchema, termSchema } from '../schemas';

const rel = (file: string) => path.relative(process.cwd(), file);

/**
 * The collections' own schemas, so that their errors name a line too. A reference is a plain id here: the
 * entry rules check each one against its list, with its line.
 */
const ENTRY_SCHEMAS = entrySchemas({ movement: z.string(), person: z.string() });
const LIST_SCHEMAS: Record<string, { schema: z.ZodType; kind: string }> = {
  [CONTENT_FILES.sources]: { schema: sourceSchema, kind: 'source' },
  [CONTENT_FILES.people]: { schema: personSchema, kind: 'person' },
  [CONTENT_FILES.terms]: { schema: termSchema, kind: 'term' },
  [CONTENT_FILES.places]: { schema: placeSchema, kind: 'place' },
};

function readYaml(name: string): { file: string; yaml: LocatedYaml } | undefined {
  const file = path.join(CONTENT_DIR, name);
  return fs.existsSync(file) ? { file: rel(file), yaml: parseLocatedYaml(fs.readFileSync(file, 'utf8')) } : undefined;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface ParsedEntry extends EntrySource {
  file: string;
}

/** Reads and checks the whole content folder; returns every problem found (errors and warnings). */
export function checkContent(redirects: Record<string, string>, staticPaths: string[]): Problem[] {
  const problems: Problem[] = [];
  // The schemas' findings, added last: where a rule above has already said what is wrong on a line, it is not said twice.
  const schemaProblems: Problem[] = [];

  // Data lists: each record against its schema; unique ids, real dates, safe addresses.
  const lists = Object.fromEntries(Object.keys(LIST_SCHEMAS).map((name) => [name, readYaml(name)]));
  for (const [name, list] of Object.entries(lists)) {
    if (!list) continue;
    problems.push(
      ...inFile(
        list.file,
        list.yaml.errors.map((e) => ({ line: e.line, message: e.message })),
      ),
    );
    problems.push(...inFile(list.file, duplicateIdFindings(list.yaml)));
    problems.push(...inFile(list.file, cslDateFindings(list.yaml)));
    if (name === CONTENT_FILES.sources) problems.push(...inFile(list.file, sourceUrlFindings(list.yaml)));
    const { schema, kind } = LIST_SCHEMAS[name]!;
    if (list.yaml.errors.length || !Array.isArray(list.yaml.loaded)) continue;
    list.yaml.loaded.forEach((record: unknown, i: number) => {
      const id = (record as { id?: unknown } | null)?.id;
      const subject = typeof id === 'string' ? `${kind} "${id}"` : `${kind} ${i + 1} (no id)`;
      const issues = schema.safeParse(record).error?.issues ?? [];
      schemaProblems.push(...inFile(list.file, schemaFindings(issues, record, { yaml: list.yaml, at: [i], subject })));
    });
  }
  const ids = (name: string) =>
    ((lists[name]?.yaml.data ?? []) as { id?: unknown; name?: unknown }[]).filter((i) => typeof i?.id === 'string');
  const reportFile = contentPath('report');
  const known: KnownIds = {
    people: new Map(ids(CONTENT_FILES.people).map((p) => [p.id as string, String(p.name)])),
    sources: new Set(ids(CONTENT_FILES.sources).map((s) => s.id as string)),
    reportAnchors: new Set(
      fs.existsSync(reportFile) ? reportAnchors(parseReport(fs.readFileSync(reportFile, 'utf8'))).keys() : [],
    ),
  };

  // Entries: each on its own, then across entries.
  const entries: ParsedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const dir = contentPath(collection);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const file = rel(path.join(dir, name));
      const { frontmatter, body } = splitFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'));
      let tree: Root;
      try {
        tree = parser.parse(body);
      } catch (error) {
        const e = error as { line?: number; reason?: string; message: string };
        problems.push({ file, line: e.line, message: `not valid MDX: ${e.reason ?? e.message}` });
        continue;
      }
      const entry = { file, collection, id: name.slice(0, -4), frontmatter, tree };
      entries.push(entry);
      if (!frontmatter.errors.length) {
        // As Astro reads it: anything but a mapping is no frontmatter at all.
        const data = typeof frontmatter.loaded === 'object' && frontmatter.loaded !== null ? frontmatter.loaded : {};
        const issues = ENTRY_SCHEMAS[collection].safeParse(data).error?.issues ?? [];
        schemaProblems.push(...inFile(file, schemaFindings(issues, data, { yaml: frontmatter })));
      }
      problems.push(...inFile(file, unsafeNodes(tree)));
      problems.push(...inFile(file, entryFindings(entry, known)));
    }
  }

  const movementIds = new Set(entries.filter((e) => e.collection === 'movements').map((e) => e.id));
  for (const e of entries) problems.push(...inFile(e.file, crossFieldFindings(e, movementIds)));

  const relations: DeclaredRelation[] = entries.flatMap((e) =>
    ((e.frontmatter.data as { relations?: { type: string; target: string }[] })?.relations ?? []).map((r, i) => ({
      from: e.id,
      type: r.type,
      target: r.target,
      file: e.file,
      line: e.frontmatter.lineOf(['relations', i]),
    })),
  );
  problems.push(...contradictoryRelations(relations));

  const titled = entries.map((e) => {
    const data = (e.frontmatter.data ?? {}) as { title?: string; names?: { latin?: string; aliases?: string[] } };
    return {
      e,
      title: String(data.title ?? e.id),
      names: [data.title, data.names?.latin, ...(data.names?.aliases ?? [])].filter(
        (n): n is string => typeof n === 'string',
      ),
    };
  });
  const targets = movementTargets(
    titled.filter((t) => t.e.collection === 'movements').map((t) => ({ id: t.e.id, title: t.title })),
    titled.map((t) => ({ id: t.e.id, names: t.names })),
    (id) => `movement:${id}`,
  );
  for (const { e } of titled) {
    const others = targets.filter((t) => t.href !== `movement:${e.id}` || e.collection !== 'movements');
    for (const m of unlinkedMentions(sourceRuns(e.tree), others)) {
      if (`${e.collection}/${e.id}: ${m.name}` in NOT_THE_MOVEMENT) continue;
      problems.push({
        file: e.file,
        line: m.line,
        message: `the first mention of ${m.text} is not linked: link it there to movement:${targets.find((t) => t.name === m.name)?.href.slice('movement:'.length)}`,
      });
    }
  }

  // Places on the map: positions that agree with their sources, entries that name them.
  const places = lists[CONTENT_FILES.places];
  if (places) {
    const texts = new Map(
      entries.map((e) => [
        `${e.collection === 'movements' ? 'movement' : 'context'}:${e.id}`,
        {
          text: sourceRuns(e.tree)
            .map((r) => r.text)
            .join(' '),
          eventDates: ((e.frontmatter.data as { events?: { date?: unknown }[] })?.events ?? []).map((ev) =>
            String(ev?.date),
          ),
        },
      ]),
    );
    problems.push(...inFile(places.file, placeFindings(places.yaml, texts, known.sources)));
  }

  const live = new Set([
    ...staticPaths,
    ...entries.flatMap((e) => [`/${e.collection}/${e.id}/`, `/${e.collection}/${e.id}/history/`]),
  ]);
  problems.push(...redirectFindings(redirects, live).map((message) => ({ file: 'src/hosting/redirects.ts', message })));

  const said = new Set(problems.filter((p) => !p.warning).map((p) => `${p.file}:${p.line}`));
  return [...problems, ...schemaProblems.filter((p) => !said.has(`${p.file}:${p.line}`))];
}

/** Site paths of the routes in src/pages that are not built from content ("/", "/timeline/", "/movements/"). */
function staticPagePaths(pagesDir: string): string[] {
  if (!fs.existsSync(pagesDir)) return [];
  return fs
    .readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro') && !f.includes('['))
    .map((f) =>
      `/${f
        .split(path.sep)
        .join('/')
        .replace(/\.astro$/, '')
        .replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'),
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

/** What the content rules read once: the data lists and the entries, parsed with the line of every value. */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CONTENT_DIR, CONTENT_FILES, contentPath, ENTRY_COLLECTIONS } from '../config';
import { parseReport, reportAnchors } from '../features/report/model';
import type { EntrySource, KnownIds } from './entry';
import { parseLocatedYaml, splitFrontmatter, type LocatedYaml } from './located-yaml';
import type { Problem } from './problem';

export const rel = (file: string) => path.relative(process.cwd(), file);

/** A data list as read: its file (relative to the project) and its YAML with lines. */
export interface ListFile {
  file: string;
  yaml: LocatedYaml;
}

export interface ParsedEntry extends EntrySource {
  file: string;
  collection: (typeof ENTRY_COLLECTIONS)[number];
}

/** Everything a rule may look at, read once per check. */
export interface CheckContext {
  /** The data lists by file name (sources.yaml, people.yaml, …); a missing file is undefined. */
  lists: Record<string, ListFile | undefined>;
  /** Every entry file in collection and name order: parsed, or the problem that kept it from parsing. */
  files: ({ entry: ParsedEntry } | { unparsed: Problem })[];
  /** The entries that parsed, in the same order. */
  entries: ParsedEntry[];
  /** The ids the entries may name: people, sources and the report's anchors. */
  known: KnownIds;
  /** Redirects declared in src/hosting/redirects.ts. */
  redirects: Record<string, string>;
  /** Site paths of the routes not built from content ("/", "/timeline/"). */
  staticPaths: string[];
}

export const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function readYaml(name: string): ListFile | undefined {
  const file = path.join(CONTENT_DIR, name);
  return fs.existsSync(file) ? { file: rel(file), yaml: parseLocatedYaml(fs.readFileSync(file, 'utf8')) } : undefined;
}

/** Reads the content folder once for all the rules. */
export function readContext(
  listNames: string[],
  redirects: Record<string, string>,
  staticPaths: string[],
): CheckContext {
  const lists = Object.fromEntries(listNames.map((name) => [name, readYaml(name)]));
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

  const files: CheckContext['files'] = [];
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
        files.push({ unparsed: { file, line: e.line, message: `not valid MDX: ${e.reason ?? e.message}` } });
        continue;
      }
      files.push({ entry: { file, collection, id: name.slice(0, -4), frontmatter, tree } });
    }
  }
  const entries = files.flatMap((f) => ('entry' in f ? [f.entry] : []));
  return { lists, files, entries, known, redirects, staticPaths };
}

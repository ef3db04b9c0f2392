/** Reads what the build-time plugins need to know about the content: ids, sources, report anchors. */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { CONTENT_DIR } from '../config';
import type { CslItem } from '../lib/citations';
import type { LinkTargets } from '../lib/links';
import { parseReport, reportAnchors } from '../lib/report';

const cache = new Map<string, { mtime: number; value: unknown }>();

/** Reads and parses a file once per change (dev server edits are picked up). */
function cached<T>(file: string, parse: (text: string) => T): T {
  const mtime = fs.statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.value as T;
  const value = parse(fs.readFileSync(file, 'utf8'));
  cache.set(file, { mtime, value });
  return value;
}

function idsInFolder(folder: string): Set<string> {
  const dir = path.join(CONTENT_DIR, folder);
  if (!fs.existsSync(dir)) return new Set();
  return new Set(fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)));
}

function idsInYaml(file: string): Set<string> {
  const full = path.join(CONTENT_DIR, file);
  if (!fs.existsSync(full)) return new Set();
  const items = cached(full, (text) => (parseYaml(text) ?? []) as { id: string }[]);
  return new Set(items.map((item) => item.id));
}

/** The works cited, by key, as written in content/sources.yaml (the collection schema validates them). */
export function loadSources(): Map<string, CslItem> {
  const file = path.join(CONTENT_DIR, 'sources.yaml');
  const items = cached(file, (text) => (parseYaml(text) ?? []) as CslItem[]);
  return new Map(items.map((item) => [item.id, item]));
}

/** Path of the primary-source file inside the content folder. */
export const REPORT_FILE = 'primary/report-excerpts.md';

/** Everything a `scheme:id` link in an entry may point to. */
export function loadLinkTargets(): LinkTargets {
  const report = cached(path.join(CONTENT_DIR, REPORT_FILE), parseReport);
  return {
    movement: idsInFolder('movements'),
    context: idsInFolder('context'),
    person: idsInYaml('people.yaml'),
    term: idsInYaml('terms.yaml'),
    source: new Set(loadSources().keys()),
    primary: new Set(reportAnchors(report).keys()),
  };
}

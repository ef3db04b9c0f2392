/** Reads what the build-time plugins need to know about the content: ids, sources, report anchors. */
import fs from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { contentPath } from './config';
import type { CslItem } from './features/sources/model';
import type { LinkTargets } from './features/links/model';
import { parseReport, reportAnchors } from './features/report/model';

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

function idsInFolder(folder: 'movements' | 'context'): Set<string> {
  const dir = contentPath(folder);
  if (!fs.existsSync(dir)) return new Set();
  return new Set(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4)),
  );
}

function idsInYaml(file: 'people' | 'terms'): Set<string> {
  const full = contentPath(file);
  if (!fs.existsSync(full)) return new Set();
  const items = cached(full, (text) => (parseYaml(text) ?? []) as { id: string }[]);
  return new Set(items.map((item) => item.id));
}

/** The works cited, by key, as written in content/sources.yaml (the collection schema validates them). */
export function loadSources(): Map<string, CslItem> {
  const file = contentPath('sources');
  const items = cached(file, (text) => (parseYaml(text) ?? []) as CslItem[]);
  return new Map(items.map((item) => [item.id, item]));
}

/** Everything a `scheme:id` link in an entry may point to. */
export function loadLinkTargets(): LinkTargets {
  const report = cached(contentPath('report'), parseReport);
  return {
    movement: idsInFolder('movements'),
    context: idsInFolder('context'),
    person: idsInYaml('people'),
    term: idsInYaml('terms'),
    source: new Set(loadSources().keys()),
    primary: new Set(reportAnchors(report).keys()),
  };
}

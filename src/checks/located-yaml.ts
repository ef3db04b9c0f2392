/** YAML read with the line of every value, so that a rule can say where in the file a problem is. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export type Path = (string | number)[];

/** One value of the document: where it is, what it is, and (for scalars) its text as written. */
export interface Located {
  path: Path;
  line: number;
  value: unknown;
  /** The scalar exactly as written ("2026-02-30"), before any conversion. */
  source?: string;
}

export interface LocatedYaml {
  /** The plain data. */
  data: unknown;
  /**
   * The data as Astro's loaders read it, for the collection schemas: YAML 1.1 dates (`updated: 2026-11-23`)
   * become Date objects, as js-yaml makes them.
   */
  loaded: unknown;
  /** Every value, depth first. */
  values: Located[];
  /** The line of a path's value (or of the closest parent that exists). */
  lineOf(path: Path): number;
  /** Syntax errors, with lines. */
  errors: { line: number; message: string }[];
}

/**
 * Parses YAML text that starts on `firstLine` of its file (frontmatter starts on line 2).
 * Duplicate keys in one mapping are reported as errors.
 */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const values: Located[] = [];
  // A field's line is its key's: `relations:` rather than the first item on the line below.
  const walk = (node: YamlNode | null | undefined, path: Path, keyLine?: number) => {
    if (!node) return;
    const line = keyLine ?? (node.range ? lineAt(node.range[0]) : firstLine);
    if (isMap(node)) {
      values.push({ path, line, value: node.toJSON() });
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : undefined;
        walk(pair.value as YamlNode, [...path, key], at);
      }
    } else if (isSeq(node)) {
      values.push({ path, line, value: node.toJSON() });
      node.items.forEach((item, i) => walk(item as YamlNode, [...path, i]));
    } else if (isScalar(node)) {
      values.push({
        path,
        line,
        value: node.value,
        ...(node.source !== undefined ? { source: String(node.source) } : {}),
      });
    }
  };
  walk(doc.contents as YamlNode, []);
  const byPath = new Map(values.map((v) => [v.path.join('\u0000'), v.line]));
  return {
    data: doc.toJSON(),
    loaded: parseDocument(text, { customTags: ['timestamp'] }).toJS(),
    values,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const line = byPath.get(path.slice(0, n).join('\u0000'));
        if (line !== undefined) return line;
      }
      return firstLine;
    },
    errors: doc.errors.map((e) => ({
      line: e.linePos ? e.linePos[0].line + firstLine - 1 : firstLine,
      message: e.message.split('\n')[0]!,
    })),
  };
}

/** A field path in words: ["leaders", 0, "person"] → "leaders[0].person". */
export function fieldPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

/** An MDX file split into its frontmatter (parsed, with lines) and its body (with the frontmatter blanked, so lines stay true). */
export function splitFrontmatter(text: string): { frontmatter: LocatedYaml; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: parseLocatedYaml('', 1), body: text };
  const blank = match[0].replace(/[^\n]/g, '');
  return { frontmatter: parseLocatedYaml(match[1]!, 2), body: blank + text.slice(match[0].length) };
}

// The site's layers as its imports show them. Each feature (src/features/<name>/) is entered through its model.ts
// (pure, no astro:content, no load.ts), its load.ts (for other loaders) and its views; plugins' outputs reach the pages
// as typed vfile data, so only astro.config.mjs, which registers them, and their own tests import a plugin; src/
// never imports tests/; and no module imports itself back through others, not even for a type.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every source file under a folder, as a path relative to the project (with / separators). */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|mjs|astro)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')));
}

/** The module specifiers a file imports: static imports and re-exports, side-effect imports, dynamic import(). */
function importsOf(text: string): string[] {
  const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** The project file a relative specifier names, or undefined for packages, virtual modules and assets. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec.split('?')[0]!));
  return [base, `${base}.ts`, `${base}.astro`, `${base}/index.ts`].find(
    (f) => /\.(ts|mts|mjs|astro)$/.test(f) && existsSync(path.join(ROOT, f)) && statSync(path.join(ROOT, f)).isFile(),
  );
}

const FILES = [
  ...sourceFiles('src'),
  'astro.config.mjs',
  ...sourceFiles('tests').filter((f) => !f.startsWith('tests/fixtures/')),
];
/** The import graph: each file's imports (specifiers as written) and the project files they resolve to. */
const GRAPH = new Map(
  FILES.map((file) => {
    const specs = importsOf(readFileSync(path.join(ROOT, file), 'utf8'));
    const targets = specs.map((s) => resolve(file, s)).filter((t): t is string => t !== undefined);
    return [file, { specs, targets }];
  }),
);

/** The feature a file belongs to ("notes" for src/features/notes/model.ts), if any. */
const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1];
const isPlugin = (file: string) => /\/(remark|rehype)-[^/]+\.ts$/.test(file);

/** Every cycle of the graph (Tarjan's strongly connected components of more than one file, or a self-import). */
function importCycles(graph: Map<string, { targets: string[] }>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.targets ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.targets.includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return cycles;
}

describe('the import reader', () => {
  test('finds static, side-effect, dynamic and type-only imports', () => {
    const text = `import a from './a';\nimport type { B } from "../b";\nimport './c.css';\nexport { d } from './d';\nconst e = await import('./e');`;
    expect(importsOf(text)).toEqual(['./a', '../b', './c.css', './d', './e']);
  });

  test('the cycle finder finds a cycle through a type-only import, and none in a chain', () => {
    const graph = (edges: Record<string, string[]>) =>
      new Map(Object.entries(edges).map(([k, targets]) => [k, { targets }]));
    expect(importCycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(importCycles(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  test('sees the whole project', () => {
    expect(FILES.filter((f) => f.startsWith('src/features/')).length).toBeGreaterThan(60);
    expect(GRAPH.get('src/features/notes/remark-notes.ts')?.targets).toContain('src/features/notes/notes.ts');
  });
});

describe('layers', () => {
  test('no module imports itself back through others, not even for a type', () => {
    expect(importCycles(GRAPH)).toEqual([]);
  });

  test('nothing under src/ imports tests/: the build never depends on the test helpers', () => {
    const offenders = [...GRAPH]
      .filter(([file]) => file.startsWith('src/'))
      .flatMap(([file, { targets }]) => targets.filter((t) => t.startsWith('tests/')).map((t) => `${file}: ${t}`));
    expect(offenders).toEqual([]);
  });

  test('a model.ts is pure: nothing it reaches imports astro:content, the file system or a load.ts', () => {
    const offenders: string[] = [];
    for (const model of FILES.filter((f) => /^src\/features\/[^/]+\/model\.ts$/.test(f))) {
      const seen = new Set<string>();
      const walk = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const { specs, targets } = GRAPH.get(file)!;
        for (const spec of specs) {
          if (spec === 'astro:content' || spec === 'node:fs' || spec === 'fs')
            offenders.push(`${model}: ${file} imports ${spec}`);
        }
        for (const t of targets) {
          if (t.endsWith('/load.ts')) offenders.push(`${model}: ${file} imports ${t}`);
          else walk(t);
        }
      };
      walk(model);
    }
    expect(offenders).toEqual([]);
  });

  test("features import each other only through model.ts (and loaders another's load.ts, views another's views)", () => {
    const offenders = [...GRAPH].flatMap(([file, { targets }]) => {
      const own = featureOf(file);
      if (!own) return [];
      return targets
        .filter((t) => {
          const other = featureOf(t);
          if (!other || other === own) return false;
          if (t.endsWith('/model.ts')) return false;
          if (t.endsWith('/load.ts') && !file.endsWith('/model.ts')) return false;
          if (t.endsWith('.astro') && file.endsWith('.astro')) return false;
          return true;
        })
        .map((t) => `${file}: ${t}`);
    });
    expect(offenders).toEqual([]);
  });

  test('no module but astro.config.mjs and the tests imports a plugin: they read its outputs as typed vfile data', () => {
    const offenders = [...GRAPH]
      .filter(([file]) => file.startsWith('src/'))
      .flatMap(([file, { targets }]) => targets.filter((t) => isPlugin(t) && t !== file).map((t) => `${file}: ${t}`));
    expect(offenders).toEqual([]);
  });

  test('a plugin declares its own vfile DataMap slot', () => {
    const plugins = FILES.filter((f) => f.startsWith('src/') && isPlugin(f));
    const recorders = plugins.filter((f) => readFileSync(path.join(ROOT, f), 'utf8').includes('recordEntryData('));
    expect(recorders.length).toBeGreaterThanOrEqual(3);
    const undeclared = recorders.filter(
      (f) => !/declare module 'vfile'[\s\S]*interface DataMap/.test(readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(undeclared).toEqual([]);
  });

  test('browser code (a feature’s client.ts) imports only shared helpers and its own feature', () => {
    const offenders = [...GRAPH]
      .filter(([file]) => /^src\/features\/[^/]+\/client\.ts$/.test(file))
      .flatMap(([file, { targets }]) =>
        targets
          .filter((t) => !t.startsWith('src/shared/') && featureOf(t) !== featureOf(file))
          .map((t) => `${file}: ${t}`),
      );
    expect(offenders).toEqual([]);
  });
});

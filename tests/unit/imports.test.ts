// The site's layers as its imports show them: the plugins' outputs reach the pages as typed vfile data
// (src/shared/entry-data.ts), so only astro.config.mjs, which registers the plugins, and the plugins' own
// tests import them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLUGINS = path.join(ROOT, 'src/plugins');

/** Every source file under a folder, as a path relative to the project. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|mjs|astro)$/.test(f))
    .map((f) => path.join(folder, f));
}

/** The module specifiers a file imports: static imports and re-exports, side-effect imports, dynamic import(). */
function importsOf(text: string): string[] {
  const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** The imports of `file` that resolve into src/plugins/. */
function pluginImports(file: string): string[] {
  const dir = path.dirname(path.join(ROOT, file));
  return importsOf(readFileSync(path.join(ROOT, file), 'utf8')).filter(
    (spec) => spec.startsWith('.') && path.resolve(dir, spec).startsWith(PLUGINS + path.sep),
  );
}

describe('plugin imports', () => {
  test('the import reader finds static, side-effect, dynamic and type-only imports', () => {
    const text = `import a from './a';\nimport type { B } from "../b";\nimport './c.css';\nexport { d } from './d';\nconst e = await import('./e');`;
    expect(importsOf(text)).toEqual(['./a', '../b', './c.css', './d', './e']);
  });

  test('no module outside src/plugins imports a plugin: they read its outputs as typed vfile data', () => {
    const outside = [
      ...sourceFiles('src').filter((f) => !f.startsWith(`src${path.sep}plugins${path.sep}`)),
      ...sourceFiles('scripts'),
    ];
    expect(outside.length).toBeGreaterThan(50);
    const offenders = outside.flatMap((f) => pluginImports(f).map((spec) => `${f}: ${spec}`));
    expect(offenders).toEqual([]);
  });
});

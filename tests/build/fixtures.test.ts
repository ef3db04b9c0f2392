// Broken content must stop the build with a message naming the file and the problem.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kz-fixtures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Builds a fixture's content (plus the real primary source, which every site has). */
async function buildFixture(name: string) {
  const contentDir = path.join(tmp, name, 'content');
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures', name), contentDir, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'content/primary'), path.join(contentDir, 'primary'), { recursive: true });
  return buildSite({ contentDir, outDir: path.join(tmp, name, 'dist'), cacheDir: path.join(tmp, name, 'cache') });
}

const cases: [fixture: string, expected: RegExp][] = [
  ['unknown-relation', /content\/movements\/alpha\.mdx: successor-of "betaa" is not a movement/],
  ['dead-cross-link', /movements\/alpha\.mdx: link \[movement:gamma\]: no movement with id "gamma"/],
  ['missing-field', /summary: Required[\s\S]*missing-field\/content\/movements\/alpha\.mdx/],
  ['unknown-source', /movements\/alpha\.mdx: <Fn cite="repport">: no source with the key "repport"\. Did you mean "report"\?/],
  ['bad-date', /founded\.date: must be a real date[\s\S]*bad-date\/content\/movements\/alpha\.mdx/],
  ['unsourced-span', /content\/context\/beta\.mdx: date "1995" has no event within it/],
  ['leader-not-named', /content\/movements\/alpha\.mdx: leaders\[0\]: "someone" is not in the entry's people/],
  ['disputed-without-quote', /movements\/alpha\.mdx: <Fn cite="report">: a note on a disputed point needs the source’s words/],
  ['duplicate-id', /content\/movements: 2 files give only 1 distinct entries[\s\S]*Alpha\.mdx, alpha\.mdx/],
];

describe('broken content fails the build, naming the file', () => {
  // One at a time: concurrent Astro builds share the project's .astro/ scratch folder.
  test.each(cases)('%s', async (fixture, expected) => {
    const result = await buildFixture(fixture);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(expected);
  }, 120_000);
});

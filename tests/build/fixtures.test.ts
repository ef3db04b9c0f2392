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
  return buildSite({ contentDir, outDir: path.join(tmp, name, 'dist'), cacheDir: path.join(tmp, name, 'cache'), downloads: false });
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
  // Sources identified to a scholarly standard (src/lib/source-rules.ts): the message names the file, the key and the field.
  ['source-placeholder-title', /source "zonakz-2001" has square brackets in its title[\s\S]*source-placeholder-title\/content\/sources\.yaml/],
  ['source-no-author', /source "zonakz-2001" has no author[\s\S]*source-no-author\/content\/sources\.yaml/],
  ['source-no-date', /source "zonakz-2001" has no date: give `issued`, or write `nodate: true`/],
  ['source-no-url-or-publisher', /source "zonakz-2001" has neither a URL nor a publisher/],
  ['source-not-http', /source "zonakz-2001" has a URL that is not http\(s\)/],
  ['source-no-access-date', /source "zonakz-2001" is cited by URL but has no access date/],
  ['source-untranslated-title', /source "zonakz-2001" is in a language other than English \(ru\) but has no `title-translation`/],
  ['source-copy-as-url', /source "zonakz-2001" gives the copy’s address as the work’s own URL/],
  ['source-wikipedia-mirror', /source "zonakz-2001" is a Wikipedia article: its URL must be the article on de\.wikipedia\.org/],
];

describe('broken content fails the build, naming the file', () => {
  // One at a time: concurrent Astro builds share the project's .astro/ scratch folder.
  test.each(cases)('%s', async (fixture, expected) => {
    const result = await buildFixture(fixture);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(expected);
  }, 120_000);
});

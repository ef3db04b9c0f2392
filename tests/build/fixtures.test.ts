// Broken content must stop the build with a message naming the file and the problem.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentPath } from '../../src/config';
import { buildSite, PROJECT_ROOT } from '../../src/build/build-site';
import { inProcessAstro } from '../support/astro-builds';
import { load } from 'cheerio';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kz-fixtures-'));
// About sixty builds, each in the one process that has Astro loaded already (support/astro-worker.ts).
const astro = inProcessAstro();
afterAll(() => {
  astro.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Builds a fixture's content (plus the real primary source, which every site has). */
async function buildFixture(name: string, env: Record<string, string> = {}) {
  const contentDir = path.join(tmp, name, 'content');
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures', name), contentDir, { recursive: true });
  cpSync(contentPath('primary', path.join(PROJECT_ROOT, 'content')), contentPath('primary', contentDir), {
    recursive: true,
  });
  return buildSite({
    contentDir,
    outDir: path.join(tmp, name, 'dist'),
    cacheDir: path.join(tmp, name, 'cache'),
    env,
    downloads: false,
    astro: astro.build,
  });
}

const ALPHA = String.raw`content/movements/alpha\.mdx`;
/** A build takes a second or two, but may first wait for another file's build of the whole site (withBuildLock). */
const BUILD_TIMEOUT = 600_000;

const cases: [fixture: string, expected: RegExp][] = [
  [
    'unknown-relation',
    new RegExp(`${ALPHA}:9: relations\\[0\\]\\.target: "betaa" is not a movement\\. Did you mean "beta"\\?`),
  ],
  ['dead-cross-link', /movements\/alpha\.mdx: link \[movement:gamma\]: no movement with id "gamma"/],
  [
    'unknown-source',
    /movements\/alpha\.mdx: <Fn cite="repport">: no source with the key "repport"\. Did you mean "report"\?/,
  ],
  ['bad-date', new RegExp(`${ALPHA}:5: founded\\.date: "1990-02-30" is not a real date`)],
  ['unsourced-span', /content\/context\/beta\.mdx:5: date "1995" has no event within it/],
  ['leader-not-named', new RegExp(`${ALPHA}:10: leaders\\[0\\]\\.person: "someone" is not in the entry's people`)],
  [
    'disputed-without-quote',
    /movements\/alpha\.mdx: <Fn cite="report">: a note on a disputed point needs the source’s words/,
  ],
  ['duplicate-id', /content\/movements\/Alpha\.mdx:1: the file name "Alpha" is not an id/],
  // Sources identified to a scholarly standard (src/checks/source-rules.ts): the message names the file, the line, the key
  // and the field (the line of the field at fault, or of the record when something is missing).
  ['source-placeholder-title', /content\/sources\.yaml:12: source "zonakz-2001" has square brackets in its title/],
  ['source-no-author', /content\/sources\.yaml:7: source "zonakz-2001" has no author/],
  [
    'source-no-date',
    /content\/sources\.yaml:7: source "zonakz-2001" has no date: give `issued`, or write `nodate: true`/,
  ],
  ['source-no-url-or-publisher', /source "zonakz-2001" has neither a URL nor a publisher/],
  ['source-not-http', /source "zonakz-2001" has a URL that is not http\(s\)/],
  ['source-no-access-date', /source "zonakz-2001" is cited by URL but has no access date/],
  [
    'source-untranslated-title',
    /source "zonakz-2001" is in a language other than English \(ru\) but has no `title-translation`/,
  ],
  ['source-copy-as-url', /source "zonakz-2001" gives the copy’s address as the work’s own URL/],
  [
    'source-wikipedia-mirror',
    /source "zonakz-2001" is a Wikipedia article: its URL must be the article on de\.wikipedia\.org/,
  ],
  [
    'source-wikipedia-no-revision',
    /content\/sources\.yaml:7: source "zonakz-2001" is a Wikipedia article but names no revision: give the revision read, `revision: \{ oldid: <number>, date: 'YYYY-MM-DD' \}`, and its permanent link as `URL`/,
  ],
];

/** Content is data: anything that could run code or load something fails, naming the file and line. */
const unsafe: [fixture: string, expected: RegExp][] = [
  ['script-element', new RegExp(`${ALPHA}:14: <script> is not allowed`)],
  ['style-element', new RegExp(`${ALPHA}:14: <style> is not allowed`)],
  [
    'export-statement',
    new RegExp(
      `${ALPHA}:12: import and export are not allowed[\\s\\S]*${ALPHA}:14: \\{x\\}: expressions in braces are not allowed`,
    ),
  ],
  ['import-statement', new RegExp(`${ALPHA}:12: import and export are not allowed`)],
  ['expression', new RegExp(`${ALPHA}:12: \\{1 \\+ 1\\}: expressions in braces are not allowed`)],
  ['javascript-link', new RegExp(`${ALPHA}:12: link "javascript:alert\\(1\\)": the javascript: scheme is not allowed`)],
  ['iframe-element', new RegExp(`${ALPHA}:14: <iframe> is not allowed`)],
  [
    'event-handler',
    new RegExp(`${ALPHA}:12: <span onclick>: the attribute is not allowed \\(event handlers run code\\)`),
  ],
  ['raw-anchor', new RegExp(`${ALPHA}:12: <a> is not allowed.*write a Markdown link to movement:lad`)],
  ['relative-link', new RegExp(`${ALPHA}:12: link "../beta/": relative and /path links are not checked`)],
  [
    'source-url-scheme',
    /content\/sources\.yaml:12: source "script-url" has a URL that is not http\(s\): javascript:alert\(1\)/,
  ],
];

/** Every content rule holds in the build itself, not only in the tests. */
const rules: [fixture: string, expected: RegExp][] = [
  // Translations against their originals (src/checks/translations.ts).
  [
    'translation-unknown-original',
    /content\/translations\/ru\/context\/gamma\.mdx:1: unknown original: there is no content\/context\/gamma\.mdx to translate/,
  ],
  ['translation-bad-commit', /content\/translations\/kk\/context\/beta\.mdx:2: .*source\.commit.*40-character hash/],
  [
    'translation-paragraphs',
    /content\/translations\/ru\/context\/beta\.mdx:9: 2 headings and paragraphs where the English has 1/,
  ],
  [
    'translation-unknown-string',
    /content\/translations\/ru\/context\/beta\.mdx:7: strings: "An event that is not there" is not a string of the original's front matter/,
  ],
  ['duplicate-source-key', /content\/sources\.yaml:7: id "report" is used twice \(first on line 1\)/],
  [
    'redirect-from-live-page',
    /src\/hosting\/redirects\.ts: redirect from "\/movements\/edinstvo\/": a page lives at that address/,
  ],
  ['impossible-updated', new RegExp(`${ALPHA}:9: updated: "2026-02-30" is not a real date`)],
  ['source-month-13', /content\/sources\.yaml:14: "spring-2001" issued\.date-parts\[0\]: month 13 does not exist/],
  ['self-relation', new RegExp(`${ALPHA}:9: relations\\[0\\]\\.target: a relation to the entry itself`)],
  [
    'contradictory-relations',
    /content\/movements\/beta\.mdx:9: successor-of alpha: beta and alpha are already related \(alpha successor-of beta/,
  ],
  ['markup-in-summary', new RegExp(`${ALPHA}:4: summary: "<Fn cite="report" />" is markup`)],
  [
    'unknown-source-in-frontmatter',
    new RegExp(`${ALPHA}:5: founded\\.cite\\[0\\]: no source with the key "repor"\\. Did you mean "report"\\?`),
  ],
  [
    'unknown-person',
    new RegExp(
      `${ALPHA}:9: people\\[0\\]: no person with the id "some-one" in content/people\\.yaml\\. Did you mean "someone"\\?\\n[\\s\\S]*${ALPHA}:9: people\\[1\\]: no person with the id "someone-else"`,
    ),
  ],
  [
    'uppercase-file-name',
    /content\/movements\/Alpha\.mdx:1: the file name "Alpha" is not an id: use lower-case letters, digits and hyphens \(e\.g\. alpha\.mdx\)/,
  ],
  [
    'missing-report-paragraph',
    new RegExp(`${ALPHA}:12: <Fn cite="report">: "excerpt A, ¶99" names no paragraph or note of the primary report`),
  ],
  ['empty-entry', new RegExp(`${ALPHA}:1: the entry has no text`)],
  [
    'unsourced-paragraph',
    new RegExp(
      `${ALPHA}:14: paragraph "A second paragraph whose only note names no source…" has no note naming its source`,
    ),
  ],
  [
    'unlinked-mention',
    new RegExp(
      `${ALPHA}:12: the first mention of Beta: “…A fixture paragraph that names Beta without linking it.…” is not linked: link it there to movement:beta`,
    ),
  ],
  [
    'person-spelling',
    new RegExp(`${ALPHA}:13: the link to person:someone reads "S\\. One": write the site's spelling, "Some One"`),
  ],
  [
    'place-unknown-entry',
    /content\/places\.yaml:5: place "pavlodar": lat 152\.3 lies outside the map[\s\S]*content\/places\.yaml:1: place "pavlodar": has no source for its coordinates[\s\S]*content\/places\.yaml:9: place "pavlodar": entries: "movement:alfa" is not an entry\. Did you mean "movement:alpha"\?/,
  ],
  [
    'published-url-missing',
    /published-urls\.txt: 1 published URL\(s\) missing from the build \(base \/\):\n\/movements\/gone\//,
  ],
];

/**
 * The collection schemas (src/schemas.ts) are checked with the other rules, before Astro reads the content: each
 * error names the file and the line (a missing field: the first line of the frontmatter or of the record).
 */
const schemas: [fixture: string, expected: RegExp][] = [
  ['missing-field', new RegExp(`${ALPHA}:2: field "summary": required, but missing`)],
  [
    'title-too-long',
    new RegExp(
      `${ALPHA}:2: field "title": at most 80 characters: put longer forms under names\\.aliases \\(it has 84\\)`,
    ),
  ],
  ['unknown-field', new RegExp(`${ALPHA}:8: frontmatter: unknown field "orientaton"; did you mean "orientation"\\?`)],
  ['wrong-type', new RegExp(`${ALPHA}:8: field "report": must be a list, not text \\("a-u1"\\)`)],
  [
    'source-wrong-type',
    /content\/sources\.yaml:15: source "zonakz-2001", field "issued": must be a mapping \(fields indented under it\), not a number \(2001\)/,
  ],
];

/** Configuration mistakes are refused with a message saying what to set. */
const config: [fixture: string, env: Record<string, string>, expected: RegExp][] = [
  ['empty-entry', { SITE_URL: '' }, /SITE_URL is not set[\s\S]*SITE_URL=https:\/\/example\.org npm run build/],
  [
    'empty-entry',
    { SITE_URL: 'https://example.org/kz/' },
    /SITE_URL="https:\/\/example\.org\/kz\/" has a path: give the origin alone and the folder as BASE_PATH: SITE_URL=https:\/\/example\.org BASE_PATH=\/kz\//,
  ],
  ['empty-entry', { BASE_PATH: '/my site/' }, /BASE_PATH="\/my site\/": use only letters, digits/],
];

describe('broken content fails the build, naming the file', () => {
  // One at a time: concurrent Astro builds share the project's .astro/ scratch folder.
  test.each([...cases, ...unsafe, ...rules])(
    '%s',
    async (fixture, expected) => {
      const result = await buildFixture(fixture);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(expected);
    },
    BUILD_TIMEOUT,
  );
  test.each(schemas)(
    '%s, with its line, before Astro reads the content',
    async (fixture, expected) => {
      const result = await buildFixture(fixture);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(expected);
      expect(result.output).not.toMatch(/does not match collection schema/);
    },
    BUILD_TIMEOUT,
  );
});

describe('a production build needs a valid public address', () => {
  test.each(config)(
    '%s with %o',
    async (fixture, env, expected) => {
      const result = await buildFixture(fixture, env);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(expected);
    },
    BUILD_TIMEOUT,
  );
});

describe('a translation made from an older English text says so', () => {
  test(
    'its page says the English has changed since and links to the history; the English page offers it',
    async () => {
      const name = 'translation-stale';
      const contentDir = path.join(tmp, name, 'content');
      cpSync(path.join(PROJECT_ROOT, 'tests/fixtures', name), contentDir, { recursive: true });
      cpSync(contentPath('primary', path.join(PROJECT_ROOT, 'content')), contentPath('primary', contentDir), {
        recursive: true,
      });
      // The content is a repository of its own: the translation is made from its first commit, then the English changes.
      const git = (...args: string[]) =>
        execFileSync(
          'git',
          ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
          {
            cwd: contentDir,
            encoding: 'utf8',
          },
        );
      const english = path.join(contentDir, 'context/beta.mdx');
      const translation = path.join(contentDir, 'translations/ru/context/beta.mdx');
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'first');
      const first = git('rev-parse', 'HEAD').trim();
      writeFileSync(
        english,
        readFileSync(english, 'utf8').replace('A fixture paragraph.', 'A fixture paragraph, changed.'),
      );
      git('commit', '-qam', 'the English changes');
      writeFileSync(translation, readFileSync(translation, 'utf8').replace('SOURCE_COMMIT', first));
      const outDir = path.join(tmp, name, 'dist');
      const result = await buildSite({ contentDir, outDir, cacheDir: path.join(tmp, name, 'cache'), downloads: false });
      expect(result.code, result.output).toBe(0);
      const ru = load(readFileSync(path.join(outDir, 'ru/context/beta/index.html'), 'utf8'));
      expect(ru('html').attr('lang')).toBe('ru');
      expect(ru('.translation-notice').attr('data-freshness')).toBe('stale');
      expect(ru('.translation-stale').text()).toMatch(/английский текст изменился \(1 правка\)/);
      expect(ru('.translation-stale a').attr('href')).toBe('/context/beta/history/');
      expect(ru('.translation-stale a').attr('hreflang')).toBe('en');
      const en = load(readFileSync(path.join(outDir, 'context/beta/index.html'), 'utf8'));
      expect(en('.language-switcher a[hreflang="ru"]').attr('href')).toBe('/ru/context/beta/');
      expect(en('link[rel="alternate"][hreflang="ru"]').attr('href')).toMatch(/\/ru\/context\/beta\/$/);
    },
    BUILD_TIMEOUT,
  );
});

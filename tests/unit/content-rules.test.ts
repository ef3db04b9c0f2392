// The build's content rules (src/checks/) on small documents, without a build.
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  dateFindings,
  emptyBodyFindings,
  frontmatterMarkupFindings,
  personSpellingFindings,
  unsourcedParagraphFindings,
  type KnownIds,
} from '../../src/checks/entry';
import { fieldPath, parseLocatedYaml, splitFrontmatter } from '../../src/checks/located-yaml';
import { unsafeNodes, urlProblem } from '../../src/checks/mdx-guard';
import { sourceRuns, unlinkedMentions } from '../../src/checks/mentions';
import { contradictoryRelations, cslDateFindings, duplicateIdFindings, redirectFindings } from '../../src/checks/site';
import { schemaFindings } from '../../src/checks/schema';
import { readBasePath, readSiteUrl } from '../../src/hosting/site-env';
import { nearest, unknownFields, validChoices } from '../../src/shared/suggest';
import { entrySchemas, sourceSchema } from '../../src/schemas';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const messages = (mdx: string) => unsafeNodes(parse(mdx)).map((f) => `${f.line}: ${f.message}`);
const known: KnownIds = {
  people: new Map([['atabek', 'Aron Atabek']]),
  sources: new Set(['report']),
  reportAnchors: new Set(['a-u1']),
};

describe('unsafeNodes()', () => {
  test('Markdown, <Fn>, <span lang> and <em> pass', () => {
    expect(
      messages(
        'Text *em* [Lad](movement:lad) [x](https://e.org) <span lang="kk">Алаш</span> <em>t</em>.<Fn cite="report" loc="p. 2" quote="…" lang="ru" disputed />',
      ),
    ).toEqual([]);
  });
  test('import, export and {expressions} are refused with their lines', () => {
    expect(messages('import fs from "node:fs"\n\nexport const x = 1\n\nA {x} b.')).toEqual([
      expect.stringMatching(/^1: import and export are not allowed/),
      expect.stringMatching(/^3: import and export are not allowed/),
      expect.stringMatching(/^5: \{x\}: expressions in braces are not allowed/),
    ]);
  });
  test('other elements, event handlers, expression and spread attributes are refused', () => {
    expect(messages('<script>{"x"}</script>')[0]).toMatch(/<script> is not allowed/);
    expect(messages('A <span lang="kk" onClick="x()">b</span>.')[0]).toMatch(
      /<span onClick>: the attribute is not allowed \(event handlers run code\)/,
    );
    expect(messages('A <Fn cite={k} />.')[0]).toMatch(/<Fn cite=\{…\}>: write the value as a plain string/);
    expect(messages('A <span {...p}>b</span>.')[0]).toMatch(/spread attributes are not allowed/);
    expect(messages('A <span lang="not a tag">b</span>.')[0]).toMatch(/not a language tag/);
    expect(messages('![x](https://e.org/a.png)')[0]).toMatch(/images are not allowed/);
  });
  test('links: https, mailto, kind:id and #fragments pass; http warns; other schemes and relative paths fail', () => {
    expect(['https://e.org', 'mailto:a@e.org', 'person:atabek', '#note-1'].map(urlProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(urlProblem('http://e.org')).toMatchObject({ warning: true });
    for (const url of ['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', 'vbscript:x'])
      expect(urlProblem(url)?.warning, url).toBeUndefined();
    for (const url of ['../lad/', 'lad', '/movements/lad/', '//e.org']) expect(urlProblem(url), url).toBeDefined();
  });
});

describe('located YAML', () => {
  test('gives each value its line in the file, frontmatter starting on line 2', () => {
    const { frontmatter, body } = splitFrontmatter('---\ntitle: A\npeople:\n  - x\n  - y\n---\n\nText.');
    expect(frontmatter.lineOf(['people', 1])).toBe(5);
    expect(body.split('\n').length).toBe(8);
    expect(parse(body).children[0]!.position!.start.line).toBe(8);
  });
  test('a field with a list or a mapping below it is on the line of its key', () => {
    const { frontmatter } = splitFrontmatter('---\ntitle: A\nrelations:\n  - type: rival-of\n    target: b\n---\n');
    expect([
      frontmatter.lineOf(['relations']),
      frontmatter.lineOf(['relations', 0]),
      frontmatter.lineOf(['relations', 0, 'target']),
    ]).toEqual([3, 4, 5]);
  });
  test('reads dates as Astro does for the schemas (a Date), and keeps the text for the rules', () => {
    const { frontmatter } = splitFrontmatter('---\nupdated: 2026-11-23\n---\n');
    expect((frontmatter.loaded as { updated: unknown }).updated).toEqual(new Date('2026-11-23'));
    expect((frontmatter.data as { updated: unknown }).updated).toBe('2026-11-23');
  });
  test('names a field path in words, never as asterisks', () => {
    expect(fieldPath(['leaders', 0, 'person'])).toBe('leaders[0].person');
  });
});

describe('entry rules', () => {
  test('impossible dates fail wherever they are; updated must be a real day', () => {
    const fm = splitFrontmatter(
      '---\nupdated: 2026-02-30\nfounded: { date: "1990-13" }\nevents:\n  - { date: "1991-12-16" }\n---\n',
    ).frontmatter;
    expect(dateFindings(fm).map((f) => [f.line, f.message])).toEqual([
      [2, 'updated: "2026-02-30" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)'],
      [3, 'founded.date: "1990-13" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ]);
  });
  test('markup in a frontmatter text fails: notes, tags and links', () => {
    const fm = splitFrontmatter(
      '---\nsummary: A.<Fn cite="report" />\nnames: { latin: "[Lad](movement:lad)" }\ntitle: Fine (1990)\n---\n',
    ).frontmatter;
    expect(frontmatterMarkupFindings(fm).map((f) => f.message.split(':')[0])).toEqual(['summary', 'names.latin']);
  });
  test('every paragraph needs a note that names a source; a list may rest on its introduction', () => {
    const tree = parse(
      'A.<Fn cite="report" />\n\nIntro:<Fn cite="report" />\n\n- one\n- two\n\nBare.\n\nCommentary only.<Fn>We think so.</Fn>\n\n## Heading',
    );
    expect(unsourcedParagraphFindings(tree).map((f) => f.line)).toEqual([8, 10]);
  });
  test('an entry with no text fails', () => {
    expect(emptyBodyFindings(parse('\n\n## Only a heading\n'))).toHaveLength(1);
    expect(emptyBodyFindings(parse('A.<Fn cite="report" />'))).toEqual([]);
  });
  test('a link to a person gives the one spelling, in full or the surname alone', () => {
    const tree = parse('[Aron Atabek](person:atabek), [Atabek](person:atabek), [A. Atabek](person:atabek).');
    expect(personSpellingFindings(tree, known).map((f) => f.message)).toEqual([
      expect.stringContaining('reads "A. Atabek"'),
    ]);
  });
});

describe('first mentions in the sources', () => {
  test('a first mention outside a link to the movement is found, with its line; notes do not count', () => {
    const runs = sourceRuns(parse('Intro.<Fn cite="report">Lad said so.</Fn>\n\nThen Lad and [Lad](movement:lad).'));
    expect(unlinkedMentions(runs, [{ href: 'movement:lad', name: 'Lad', shadows: [] }])).toEqual([
      expect.objectContaining({ name: 'Lad', line: 3 }),
    ]);
  });
});

describe('schema errors with lines', () => {
  const { movements } = entrySchemas({ movement: z.string(), person: z.string() });
  const entry = (yaml: string) => {
    const { frontmatter } = splitFrontmatter(`---\n${yaml}\n---\n`);
    const issues = movements.safeParse(frontmatter.loaded).error?.issues ?? [];
    return schemaFindings(issues, frontmatter.loaded, { yaml: frontmatter }).map((f) => `${f.line}: ${f.message}`);
  };
  const valid = [
    'title: Lad',
    'names: { ru: Лад, latin: Lad }',
    'summary: A movement of the Russian-speaking north, founded in 1992.',
    'founded: { date: "1992", cite: report }',
    'orientation: russian-speaking',
    'report: [a-u1]',
    'updated: 2026-11-23',
  ];
  const without = (key: string, ...extra: string[]) =>
    [...valid.filter((l) => !l.startsWith(`${key}:`)), ...extra].join('\n');

  test('valid frontmatter has no findings', () => {
    expect(entry(valid.join('\n'))).toEqual([]);
  });
  test('a missing field is reported on the first line of the frontmatter', () => {
    expect(entry(without('summary'))).toEqual(['2: field "summary": required, but missing']);
  });
  test('a wrong type names what the field takes and what it has; an unquoted date is told to take quotes', () => {
    expect(entry(without('report', 'report: a-u1'))).toEqual(['8: field "report": must be a list, not text ("a-u1")']);
    expect(entry(without('founded', 'founded:', '  date: 1992-05-31', '  cite: report'))).toEqual([
      '9: field "founded.date": must be text, not a date: put the date in quotes ("1991-12-16")',
    ]);
  });
  test('an unknown field, on its own line, with at most three close fields', () => {
    expect(entry(without('orientation', 'orientaton: russian-speaking'))).toEqual([
      '2: field "orientation": required, but missing',
      '8: frontmatter: unknown field "orientaton"; did you mean "orientation"?',
    ]);
    expect(unknownFields(['lcc'], ['key', 'loc', 'quote'])).toBe('unknown field "lcc"; did you mean "loc"?');
    expect(unknownFields(['lcc', 'zzz'], ['key', 'loc', 'quote'])).toBe(
      'unknown fields "lcc" (did you mean "loc"?), "zzz"',
    );
  });
  test('a nested unknown field and a bad value name their path in words', () => {
    expect(entry(without('founded', 'founded: { date: "1992", cite: [{ key: report, lcc: p. 2 }] }'))).toEqual([
      '8: field "founded.cite[0]": unknown field "lcc"; did you mean "loc"?',
    ]);
    expect(entry(without('orientation', 'orientation: russian'))).toEqual([
      '8: field "orientation": "russian" is not one of "kazakh-national", "russian-speaking", "civic-environmental"',
    ]);
    expect(entry(without('orientation', 'orientation: russian-speeking'))).toEqual([
      '8: field "orientation": "russian-speeking" is not valid; did you mean "russian-speaking"?',
    ]);
  });
  test('a cite of the wrong type names both forms it may take; a missing one is missing', () => {
    expect(entry(without('founded', 'founded: { date: "1992", cite: 5 }'))).toEqual([
      '8: field "founded.cite": must be text or a list, not a number (5)',
    ]);
    expect(entry(without('founded', 'founded: { date: "1992" }'))).toEqual([
      '8: field "founded.cite": required, but missing',
    ]);
  });
  test('a record of a list names the record, the field and its line; the source rules name the source', () => {
    const list = parseLocatedYaml(
      '- id: a\n  type: book\n  title: A\n  issued: 2001\n- id: b\n  type: book\n  title: B\n  author: [{ family: X }]\n  nodate: true\n',
    );
    const findings = (list.loaded as unknown[]).flatMap((record, i) =>
      schemaFindings(sourceSchema.safeParse(record).error?.issues ?? [], record, {
        yaml: list,
        at: [i],
        subject: `source "${(record as { id: string }).id}"`,
      }).map((f) => `${f.line}: ${f.message}`),
    );
    expect(findings).toEqual([
      '4: source "a", field "issued": must be a mapping (fields indented under it), not a number (2001)',
      '5: source "b" has neither a URL nor a publisher: say where the work can be found',
    ]);
  });
});

describe('site rules', () => {
  test('duplicate ids in a data list fail at the second one, naming the first', () => {
    const list = parseLocatedYaml('- id: report\n  type: book\n- id: babak\n- id: report\n');
    expect(duplicateIdFindings(list)).toEqual([
      { line: 4, message: 'id "report" is used twice (first on line 1): give each item its own id' },
    ]);
  });
  test('CSL dates: month 13, day 31 of April and a season fail, naming the work', () => {
    const list = parseLocatedYaml(
      '- id: a\n  issued: { date-parts: [[2001, 13]] }\n- id: b\n  issued: { date-parts: [[2001, 4, 31]] }\n- id: c\n  issued: { date-parts: [[2001, 4, 30], [2002]] }\n',
    );
    expect(cslDateFindings(list).map((f) => f.message)).toEqual([
      '"a" issued.date-parts[0]: month 13 does not exist (date-parts are [year, month, day])',
      '"b" issued.date-parts[0]: day 31 does not exist in 2001-04 (date-parts are [year, month, day])',
    ]);
  });
  test('two relations between one pair of movements, from either side, contradict or repeat each other', () => {
    const r = (from: string, type: string, target: string, line: number) => ({
      from,
      type,
      target,
      file: `${from}.mdx`,
      line,
    });
    expect(
      contradictoryRelations([r('lad', 'successor-of', 'unity', 5), r('unity', 'successor-of', 'lad', 7)]),
    ).toHaveLength(1);
    expect(contradictoryRelations([r('lad', 'successor-of', 'unity', 5), r('lad', 'rival-of', 'alash', 6)])).toEqual(
      [],
    );
  });
  test('a redirect from a live page fails', () => {
    expect(
      redirectFindings({ '/movements/lad/': '/movements/x/', '/old/': '/new/' }, new Set(['/movements/lad/'])),
    ).toHaveLength(1);
  });
});

describe('site address', () => {
  test('SITE_URL is an origin: a path in it is refused, saying how to use BASE_PATH', () => {
    expect(readSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(readSiteUrl(undefined)).toBe('http://127.0.0.1:4321');
    expect(() => readSiteUrl('https://example.org/kz')).toThrow('SITE_URL=https://example.org BASE_PATH=/kz/');
    expect(() => readSiteUrl('example.org')).toThrow(/not an address/);
    expect(() => readSiteUrl('ftp://example.org')).toThrow(/https/);
  });
  test('BASE_PATH gains its slashes; characters that need encoding are refused', () => {
    expect(['', '/', 'kz', '/kz', 'kz/', '/a//b/'].map(readBasePath)).toEqual([
      '/',
      '/',
      '/kz/',
      '/kz/',
      '/kz/',
      '/a/b/',
    ]);
    expect(() => readBasePath('/my site/')).toThrow(/use only letters/);
    expect(() => readBasePath('/a%20b/')).toThrow(/use only letters/);
    expect(() => readBasePath('/../')).toThrow(/are not folder names/);
  });
});

describe('suggestions', () => {
  test('at most three, all close to what was written; no list of every key', () => {
    const keys = Array.from({ length: 135 }, (_, i) => `source-${i}`);
    expect(nearest('source-1x', keys)).toHaveLength(3);
    expect(validChoices('zzzz', keys)).toBe('');
    expect(validChoices('repport', ['report', 'babak'])).toBe('Did you mean "report"?');
  });
});

// The remark plugins on small MDX documents, without a build.
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { LinkTargets } from '../../src/features/links/model';
import { remarkContentGuard } from '../../src/checks/remark-content-guard';
import type { NoteMark } from '../../src/features/notes/notes';
import { remarkEntryLinks } from '../../src/features/links/remark-entry-links';
import { remarkNotes, type NoteData } from '../../src/features/notes/remark-notes';

const sources = new Map([
  ['report', { id: 'report', type: 'manuscript', genre: 'Unattributed report' }],
  [
    'babak-2005',
    { id: 'babak-2005', type: 'article-journal', author: [{ family: 'Babak', given: 'V.' }], title: 'Parties' },
  ],
]);
const targets: LinkTargets = {
  movement: new Set(['lad']),
  context: new Set(),
  person: new Set(),
  term: new Set(),
  source: new Set(),
  primary: new Set(),
};

function run(mdx: string, base = '/', matter: Record<string, unknown> = {}) {
  const file = new VFile({ path: 'content/movements/test.mdx', value: mdx, data: { astro: { frontmatter: matter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkEntryLinks, { base, targets })
    .use(remarkNotes, {
      base,
      sources,
      frontmatterCites: (fm) => (fm['cites'] as string[] | undefined) ?? [],
      afterCites: (fm) => (fm['after'] as string[] | undefined) ?? [],
    });
  const tree = processor.runSync(processor.parse(file), file);
  const frontmatter = (
    file.data as {
      astro: {
        frontmatter: {
          notes: NoteData[];
          links: string[];
          frontmatterMarks: NoteMark[];
          afterMarks: NoteMark[];
          textNotes: number;
        };
      };
    }
  ).astro.frontmatter;
  return { tree, frontmatter };
}

describe('remarkNotes', () => {
  test('numbers notes in document order and reuses identical ones', () => {
    const { frontmatter } = run(
      'One.<Fn cite="babak-2005" loc="p. 3" />\n\nTwo.<Fn cite="report" loc="excerpt A, ¶3" />\n\nThree.<Fn cite="babak-2005, p. 3" />',
    );
    expect(frontmatter.notes.map((n) => [n.n, n.refs])).toEqual([
      [1, ['ref-1', 'ref-1-b']],
      [2, ['ref-2']],
    ]);
  });
  test('note text comes from the sources data and report locators link to the primary source', () => {
    const { frontmatter } = run('A.<Fn cite="report" loc="excerpt A, ¶3" />', '/kz/');
    expect(frontmatter.notes[0]!.html).toBe(
      '<a href="/kz/primary-source/#a-3">Unattributed report, excerpt A, ¶3</a>.',
    );
  });
  test('a note carries the source’s own words, marked as a quotation in their language, with the English', () => {
    const { frontmatter } = run(
      'A.<Fn cite="babak-2005" loc="p. 3" quote="в <1990> году" lang="ru" tr="in 1990" disputed="true" />',
    );
    expect(frontmatter.notes[0]!.html).toMatch(/<\/a>: <q lang="ru">в &lt;1990&gt; году<\/q> \[<q>in 1990<\/q>\]\.$/);
    expect(frontmatter.notes[0]!.cites[0]).toMatchObject({ key: 'babak-2005', disputed: true, quote: { lang: 'ru' } });
  });
  test('a note on a disputed point without the source’s words fails, naming the file', () => {
    expect(() => run('A.<Fn cite="babak-2005" disputed="true" />')).toThrow(
      /content\/movements\/test\.mdx: .*needs the source’s words/,
    );
  });
  test('commentary inside a note follows its citations', () => {
    const { frontmatter } = run('A.<Fn cite="babak-2005">The figure is *disputed*.</Fn>');
    expect(frontmatter.notes[0]!.html).toMatch(/<\/a>\. The figure is <em>disputed<\/em>\.$/);
  });
  test('inline markup in commentary stays inline: <span lang> and <em> do not become <div>', () => {
    const { frontmatter } = run('A.<Fn cite="babak-2005">Named <span lang="kk">Алаш</span> in <em>Qazaq</em>.</Fn>');
    expect(frontmatter.notes[0]!.html).toMatch(/<\/a>\. Named <span lang="kk">Алаш<\/span> in <em>Qazaq<\/em>\.$/);
    expect(frontmatter.notes[0]!.html).not.toContain('<div');
  });
  test('the note mark sits against the text it annotates', () => {
    const { tree } = run('Cities. <Fn cite="report" />');
    expect(JSON.stringify(tree)).toContain('"value":"Cities."');
  });
  test('marks side by side become one note citing both works', () => {
    const { frontmatter } = run(
      'A.<Fn cite="babak-2005" /> <Fn cite="report">Both agree.</Fn>\n\nB.<Fn cite="report" />',
    );
    expect(frontmatter.notes.map((n) => n.keys)).toEqual([['babak-2005', 'report'], ['report']]);
    expect(frontmatter.notes[0]!.html).toMatch(/Babak.*; .*Unattributed report.*\. Both agree\.$/);
  });
  test('an unknown key fails, naming the file and the likely key', () => {
    expect(() => run('A.<Fn cite="babak-2004" />')).toThrow(
      /content\/movements\/test\.mdx: <Fn cite="babak-2004">: no source with the key "babak-2004"\. Did you mean "babak-2005"\?/,
    );
  });
  test('notes cited after the text (a timeline) are numbered last, reusing an identical note of the text or the infobox', () => {
    const { frontmatter } = run('One.<Fn cite="babak-2005" loc="p. 3" />', '/', {
      cites: ['report'],
      after: ['babak-2005, p. 9', 'report', 'babak-2005, p. 3', 'babak-2005, p. 9'],
    });
    expect(frontmatter.afterMarks).toEqual([
      { n: 3, ref: 'ref-3' },
      { n: 1, ref: 'ref-1-b' },
      { n: 2, ref: 'ref-2-b' },
      { n: 3, ref: 'ref-3-b' },
    ]);
    expect(frontmatter.notes.map((n) => n.n)).toEqual([1, 2, 3]);
    expect(frontmatter.textNotes).toBe(2);
  });
  test('notes cited in the frontmatter (an infobox) are numbered first, and the text reuses an identical one', () => {
    const { frontmatter } = run('One.<Fn cite="babak-2005" loc="p. 3" />\n\nTwo.<Fn cite="report" />', '/', {
      cites: ['report', 'babak-2005, p. 9'],
    });
    expect(frontmatter.frontmatterMarks).toEqual([
      { n: 1, ref: 'ref-1' },
      { n: 2, ref: 'ref-2' },
    ]);
    expect(frontmatter.notes.map((n) => [n.n, n.keys, n.refs])).toEqual([
      [1, ['report'], ['ref-1', 'ref-1-b']],
      [2, ['babak-2005'], ['ref-2']],
      [3, ['babak-2005'], ['ref-3']],
    ]);
  });
  test('an unknown key in a frontmatter cite fails, naming the file', () => {
    expect(() => run('A.', '/', { cites: ['babak-2004'] })).toThrow(
      /test\.mdx: frontmatter cite babak-2004: no source with the key "babak-2004"/,
    );
  });
  test('a note with neither cite nor text fails', () => {
    expect(() => run('A.<Fn />')).toThrow('needs a cite');
  });
});

describe('remarkEntryLinks', () => {
  test('resolves kind:id links under the base path and records them', () => {
    const { tree, frontmatter } = run('See [Lad](movement:lad).', '/kz/');
    expect(JSON.stringify(tree)).toContain('"url":"/kz/movements/lad/"');
    expect(frontmatter.links).toEqual(['movement:lad']);
  });
  test('a link to an unknown entry fails the build, naming the file', () => {
    expect(() => run('See [Lud](movement:lud).')).toThrow(
      /test\.mdx: link \[movement:lud\]: no movement with id "lud"/,
    );
  });
  test('a raw site path is refused, so every internal link is checked', () => {
    expect(() => run('See [Lad](/movements/lad/).')).toThrow('write internal links as kind:id');
  });
});

describe('remarkContentGuard', () => {
  const guard = (mdx: string) => {
    const file = new VFile({ path: 'content/movements/test.mdx', value: mdx });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkContentGuard);
    return () => processor.runSync(processor.parse(file), file);
  };
  test('refuses code as the entry compiles (dev edits too), naming the file and line', () => {
    expect(guard('Fine.\n\n<script>{"alert(1)"}</script>')).toThrow(
      'content/movements/test.mdx:3: <script> is not allowed',
    );
    expect(guard('export const x = 1')).toThrow('content/movements/test.mdx:1: import and export are not allowed');
  });
  test('lets Markdown, notes and language spans through; http: links only warn', () => {
    expect(guard('A <span lang="kk">Алаш</span> [x](http://e.org).<Fn cite="report" />')).not.toThrow();
  });
});

// The paragraph-id plugin on small MDX documents: ids follow the words, not the position.
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { paragraphId, rehypeParagraphIds } from '../../src/features/paragraphs/rehype-paragraph-ids';

/** Markdown → hast (MDX components passed through, as @mdx-js does) → the plugin; returns paragraph ids. */
function ids(mdx: string): { id: string; text: string; link: Element }[] {
  const mdast = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  const hast = toHast(mdast, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] }) as HastRoot;
  rehypeParagraphIds()(hast);
  const found: { id: string; text: string; link: Element }[] = [];
  visit(hast, 'element', (node: Element) => {
    if (node.tagName !== 'p') return;
    const link = node.children[0] as Element;
    const first = node.children[2];
    found.push({ id: String(node.properties.id), text: first?.type === 'text' ? first.value : '', link });
  });
  return found;
}

const doc = (middle: string) => `First paragraph.<Fn cite="a" />\n\n${middle}\n\nThird paragraph, *with* emphasis.`;

describe('rehypeParagraphIds', () => {
  test('gives each paragraph an id from a hash of its text and its number, linked to that id', () => {
    const [first, second] = ids('First paragraph.<Fn cite="a" />\n\nSecond.');
    expect(first!.id).toBe(paragraphId('First paragraph.'));
    expect(first!.id).toMatch(/^p-[0-9a-f]{6}$/);
    expect(first!.link.properties).toMatchObject({ href: `#${first!.id}`, ariaLabel: 'Paragraph 1 (link)' });
    expect(first!.link.children).toEqual([{ type: 'text', value: '1' }]);
    expect(second!.link.properties).toMatchObject({ href: `#${second!.id}`, ariaLabel: 'Paragraph 2 (link)' });
  });
  test('records every paragraph with its id, number and words in the frontmatter', () => {
    const mdast = unified().use(remarkParse).use(remarkMdx).parse('One *two*.<Fn cite="a" />\n\nThree.') as Root;
    const hast = toHast(mdast, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] }) as HastRoot;
    const file = new VFile();
    rehypeParagraphIds()(hast, file);
    expect((file.data as { astro: { frontmatter: { paragraphs: unknown } } }).astro.frontmatter.paragraphs).toEqual([
      { id: paragraphId('One two.'), n: 1, text: 'One two.' },
      { id: paragraphId('Three.'), n: 2, text: 'Three.' },
    ]);
  });
  test('ids of the other paragraphs survive an edit to, an insertion before, or the removal of a neighbour', () => {
    const before = ids(doc('Second paragraph.'));
    const edited = ids(doc('Second paragraph, rewritten.'));
    const inserted = ids(`A new opening paragraph.\n\n${doc('Second paragraph.')}`);
    const removed = ids('First paragraph.<Fn cite="a" />\n\nThird paragraph, *with* emphasis.');
    expect(edited[0]!.id).toBe(before[0]!.id);
    expect(edited[2]!.id).toBe(before[2]!.id);
    expect(edited[1]!.id).not.toBe(before[1]!.id);
    expect(inserted.slice(1).map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(removed.map((p) => p.id)).toEqual([before[0]!.id, before[2]!.id]);
  });
  test('ignores whitespace changes and note marks, but not changes of wording', () => {
    expect(ids('One  line\nwrapped.')[0]!.id).toBe(ids('One line wrapped.<Fn cite="b" />')[0]!.id);
    expect(ids('One line wrapped.')[0]!.id).not.toBe(ids('One line unwrapped.')[0]!.id);
  });
  test('two paragraphs with the same words get distinct ids, the later one suffixed', () => {
    const [a, b] = ids('Same words.\n\nSame words.');
    expect(b!.id).toBe(`${a!.id}-2`);
  });
});

describe('recorded paragraph text', () => {
  test('keeps the words of inline spans (names in Kazakh and Russian) but not notes, without changing the id', () => {
    const mdast = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .parse('Lad (<span lang="ru">Лад</span>) grew.<Fn cite="a">Note words.</Fn>') as Root;
    const hast = toHast(mdast, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] }) as HastRoot;
    const file = new VFile();
    rehypeParagraphIds()(hast, file);
    const [paragraph] = (file.data as { astro: { frontmatter: { paragraphs: { id: string; text: string }[] } } }).astro
      .frontmatter.paragraphs;
    expect(paragraph!.text).toBe('Lad (Лад) grew.');
    expect(paragraph!.id).toBe(paragraphId('Lad () grew.'));
  });
});

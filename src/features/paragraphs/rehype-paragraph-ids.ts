/**
 * Gives every paragraph of entry text a stable id made from its own words (not its position), and its
 * number in the margin, linked to that id, so that a citation can point at one paragraph ("para. 4", or
 * the link) and keep pointing at it when the paragraphs around it are edited, added or removed. The
 * numbers are fixed within an edition (editions are rendered snapshots, see src/features/editions/model.ts); the
 * list of paragraphs is recorded in the entry's frontmatter for the edition comparisons.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { recordEntryData } from '../../shared/entry-data';
import type { Paragraph } from './model';

declare module 'vfile' {
  interface DataMap {
    /** The entry's body paragraphs: id, number, words. */
    paragraphs: Paragraph[];
  }
}

/** Prefix of paragraph ids: never clashes with heading slugs or note ids. */
export const PARAGRAPH_ID_PREFIX = 'p-';

/** The words of a paragraph, as far as its id is concerned: text only, whitespace collapsed. */
function paragraphText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(paragraphText).join('');
  // MDX components (note marks) and raw HTML contribute no words.
  return '';
}

/**
 * The words a reader sees, for comparisons: also the words inside the site's own inline components
 * (`<span lang="kk">…</span>`), but not notes. Ids do not use it, so that existing anchors stay put.
 */
function readerText(
  node: ElementContent | Element | { type: string; name?: string | null; children?: unknown[] },
): string {
  if (node.type === 'text') return (node as { value: string }).value;
  if (node.type === 'mdxJsxTextElement' && (node as { name?: string | null }).name === 'Fn') return '';
  const children = (node as { children?: (ElementContent | Element)[] }).children;
  return children ? children.map(readerText).join('') : '';
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** `p-` and six hex digits of the SHA-1 of the normalised text. */
export function paragraphId(text: string): string {
  return PARAGRAPH_ID_PREFIX + createHash('sha1').update(normalise(text)).digest('hex').slice(0, 6);
}

export function rehypeParagraphIds() {
  return (tree: Root, file?: VFile) => {
    const used = new Set<string>();
    const paragraphs: Paragraph[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' || node.properties.id) return;
      const base = paragraphId(paragraphText(node));
      // Two paragraphs with the same words (or a hash collision): the later one gets -2, -3, …
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      const n = paragraphs.length + 1;
      paragraphs.push({ id, n, text: normalise(readerText(node)) });
      node.properties.id = id;
      node.properties.dataN = String(n);
      // The number goes first (CSS sets it in the margin); its name says what it is for a screen reader.
      node.children.unshift(
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, className: ['para-link'], ariaLabel: `Paragraph ${n} (link)` },
          children: [{ type: 'text', value: String(n) }],
        },
        { type: 'text', value: ' ' },
      );
    });
    if (file) recordEntryData(file, 'paragraphs', paragraphs);
  };
}

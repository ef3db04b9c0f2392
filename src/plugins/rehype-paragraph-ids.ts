/**
 * Gives every paragraph of entry text a stable id made from its own words (not its position), and a
 * ¶ link to it, so that a citation can point at one paragraph and keep pointing at it when the
 * paragraphs around it are edited, added or removed.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Prefix of paragraph ids: never clashes with heading slugs or note ids. */
export const PARAGRAPH_ID_PREFIX = 'p-';

/** The words of a paragraph, as far as its id is concerned: text only, whitespace collapsed. */
function paragraphText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(paragraphText).join('');
  // MDX components (note marks) and raw HTML contribute no words.
  return '';
}

/** `p-` and six hex digits of the SHA-1 of the normalised text. */
export function paragraphId(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return PARAGRAPH_ID_PREFIX + createHash('sha1').update(normalised).digest('hex').slice(0, 6);
}

export function rehypeParagraphIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' || node.properties.id) return;
      const base = paragraphId(paragraphText(node));
      // Two paragraphs with the same words (or a hash collision): the later one gets -2, -3, …
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
      node.children.push({ type: 'text', value: ' ' }, {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['para-link'], ariaLabel: 'Link to this paragraph' },
        children: [{ type: 'text', value: '¶' }],
      });
    });
  };
}

/**
 * The elements an entry may write inside a note's commentary (`<span lang>`, `<em>`), turned into the
 * same HTML elements. Without these handlers mdast-util-to-hast turns any JSX element into a `<div>`,
 * which breaks the sentence the note sits in.
 */
import type { Element } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';

function inlineElement(state: State, node: MdxJsxTextElement | MdxJsxFlowElement): Element {
  const properties: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === 'lang' && typeof a.value === 'string') properties.lang = a.value;
  }
  // The content guard allows only span and em; anything else (in unit tests) is kept as a span.
  const tagName = node.name === 'em' ? 'em' : 'span';
  return { type: 'element', tagName, properties, children: state.all(node as never) as Element['children'] };
}

/** Handlers for mdast-util-to-hast. */
export const jsxHandlers = { mdxJsxTextElement: inlineElement, mdxJsxFlowElement: inlineElement };

/**
 * Content is data: an entry may use Markdown and the site's own components, nothing that runs.
 * Finds, in an MDX tree, every import/export, {expression}, element or attribute outside the
 * allowed set, and every link whose address is not https:, mailto:, an entry link or a #fragment.
 */
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { LINK_KINDS } from '../features/links/model';
import type { Finding } from './problem';

/**
 * The elements an entry may write, and the attributes each may carry: `<Fn>` (a note; `quote`, `lang`,
 * `tr` and `disputed` are the quotation attributes), `<span lang="kk">` (a name in another language)
 * and `<em>` (a title or foreign word, where `*…*` cannot be used).
 */
export const ALLOWED_ELEMENTS: Record<string, readonly string[]> = {
  Fn: ['cite', 'loc', 'quote', 'lang', 'tr', 'disputed'],
  span: ['lang'],
  em: [],
};

/** Attributes that may be written bare (`<Fn disputed />`). */
const BOOLEAN_ATTRIBUTES = new Set(['disputed']);

/** A BCP 47 language tag such as "kk", "ru" or "kk-Latn". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Node = { type: string; position?: { start: { line: number } } | undefined };
const lineOf = (node: Node) => node.position?.start.line;

/** What is wrong with a link's address, if anything; http: is allowed but reported as a warning. */
export function urlProblem(url: string): { message: string; warning?: boolean } | undefined {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme === 'http') return { message: `"${url}" is http:, not https:`, warning: true };
  if (scheme && scheme in LINK_KINDS) return undefined;
  if (url.startsWith('#')) return undefined;
  if (scheme)
    return {
      message: `"${url}": the ${scheme}: scheme is not allowed; use https:, mailto: or an entry link (movement:lad)`,
    };
  if (url.startsWith('//')) return { message: `"${url}": write the full https: address` };
  return {
    message: `"${url}": relative and /path links are not checked; write internal links as kind:id (movement:lad, person:…, primary:a-2)`,
  };
}

/** Every construct in an MDX tree that could run code or load something, with its line. */
export function unsafeNodes(tree: Root): Finding[] {
  const found: Finding[] = [];
  const add = (node: Node, message: string, warning = false) =>
    found.push({ line: lineOf(node), message, ...(warning ? { warning } : {}) });
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'import and export are not allowed: an entry is data, not code (the site provides <Fn> and <span lang> itself)',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `{${(node as { value: string }).value.slice(0, 40)}}: expressions in braces are not allowed: an entry is data, not code`,
        );
        break;
      case 'html':
        add(
          node,
          `raw HTML ${JSON.stringify((node as { value: string }).value.slice(0, 40))} is not allowed; use Markdown`,
        );
        break;
      case 'image':
      case 'imageReference':
        add(node, 'images are not allowed in entries (the site loads nothing from other addresses)');
        break;
      case 'link':
      case 'definition': {
        const problem = urlProblem((node as { url: string }).url);
        if (problem) add(node, `link ${problem.message}`, problem.warning);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as MdxJsxTextElement;
        const name = element.name ?? '';
        const allowed = ALLOWED_ELEMENTS[name];
        if (!allowed) {
          const what = name ? `<${name}>` : 'a fragment <>';
          add(
            node,
            `${what} is not allowed: entries use Markdown and the site's own <Fn>, <span lang="…"> and <em>${name === 'a' ? '; write a Markdown link to movement:lad (or another kind:id) or to an https: address' : ''}`,
          );
          break;
        }
        for (const attribute of element.attributes) {
          if (attribute.type !== 'mdxJsxAttribute') {
            add(node, `<${name} {…}>: spread attributes are not allowed`);
            continue;
          }
          const attr = attribute.name;
          if (!allowed.includes(attr)) {
            const event = /^on/i.test(attr) ? ' (event handlers run code)' : '';
            add(
              node,
              `<${name} ${attr}>: the attribute is not allowed${event}; ${name} takes ${allowed.length ? allowed.join(', ') : 'no attributes'}`,
            );
          } else if (attribute.value === null || attribute.value === undefined) {
            if (!BOOLEAN_ATTRIBUTES.has(attr)) add(node, `<${name} ${attr}>: give it a value in quotes`);
          } else if (typeof attribute.value !== 'string') {
            add(node, `<${name} ${attr}={…}>: write the value as a plain string ("…"), not an expression`);
          } else if (attr === 'lang' && !LANGUAGE_TAG.test(attribute.value)) {
            add(node, `<${name} lang="${attribute.value}">: not a language tag such as "kk" or "ru"`);
          }
        }
        break;
      }
    }
  });
  return found;
}

// The prose of a built page as text runs, for the rule on first mentions (src/checks/mentions.ts), which the
// build applies to the sources and these tests apply again to the pages.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Run } from '../../src/checks/mentions';

export { unlinkedFirstMentions, type Named, type Run } from '../../src/checks/mentions';

/** The text runs of an entry's own prose: paragraphs, lists, quotes and tables of the body, without notes. */
export function proseRuns($: CheerioAPI): Run[] {
  const runs: Run[] = [];
  const walk = (node: AnyNode, href: string | null) => {
    if (node.type === 'text') {
      runs.push({ text: node.data, href });
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if ($(el).is('.sidenote, [role="doc-noteref"], sup')) return;
    const inner = el.name === 'a' ? (el.attribs.href ?? null) : href;
    for (const child of el.children) walk(child, inner);
  };
  $('.entry-body > p, .entry-body > ul, .entry-body > ol, .entry-body > blockquote, .entry-body > table').each(
    (_, el) => walk(el, null),
  );
  return runs;
}

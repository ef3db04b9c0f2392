// Finds entries whose text names another movement without linking its first mention.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** A stretch of text in document order, and the link it sits in, if any. */
export interface Run {
  text: string;
  href: string | null;
}

export interface Named {
  href: string;
  /** What the text calls it ("Unity"). */
  name: string;
  /** Longer names of other things that contain `name` ("Popular Unity", "Alash Orda"): not mentions of it. */
  shadows: string[];
}

/** Typographic apostrophes as straight ones, so that "People’s Unity" matches "People's Unity" (same length). */
const straight = (s: string) => s.replace(/[’ʼ]/g, "'");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first mention of each target that is not inside a link to it, as "Name: …context…". */
export function unlinkedFirstMentions(runs: Run[], targets: Named[]): string[] {
  const problems: string[] = [];
  for (const target of targets) {
    const word = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(target.name)}(?![\\p{L}\\p{N}-])`, 'u');
    const shadows = target.shadows.map(straight).sort((a, b) => b.length - a.length);
    for (const run of runs) {
      const masked = shadows.reduce((text, s) => text.split(s).join(' '.repeat(s.length)), straight(run.text));
      const match = word.exec(masked);
      if (!match) continue;
      if (run.href !== target.href) {
        const around = run.text.slice(Math.max(0, match.index - 40), match.index + target.name.length + 40).replace(/\s+/g, ' ');
        problems.push(`${target.name}: “…${around}…”`);
      }
      break;
    }
  }
  return problems;
}

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
  $('.entry-body > p, .entry-body > ul, .entry-body > ol, .entry-body > blockquote, .entry-body > table').each((_, el) => walk(el, null));
  return runs;
}

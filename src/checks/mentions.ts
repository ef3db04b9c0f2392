/** The first mention of another movement in an entry's prose links to it. */
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseEntryLink } from '../features/links/model';

/** A stretch of text in document order, and the link it sits in, if any ("movement:lad", or a page path). */
export interface Run {
  text: string;
  href: string | null;
  line?: number | undefined;
}

export interface Named {
  /** What a link to it is: "movement:lad" in a source tree, "/movements/lad/" in a page. */
  href: string;
  /** What the text calls it ("Unity"). */
  name: string;
  /** Longer names of other things that contain `name` ("Popular Unity", "Alash Orda"): not mentions of it. */
  shadows: string[];
}

/**
 * Uses of a movement's name for something else, each with its reason, keyed "collection/id: Name".
 * Only these first mentions may stay unlinked.
 */
export const NOT_THE_MOVEMENT: Record<string, string> = {
  // "Alash" here is the legendary ancestor of the Kazakhs, not the party; the entry links the party later.
  'context/alash-orda: Alash': 'legendary ancestor',
};

/** Typographic apostrophes as straight ones, so that "People’s Unity" matches "People's Unity" (same length). */
const straight = (s: string) => s.replace(/[’ʼ]/g, "'");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface UnlinkedMention {
  name: string;
  /** "Name: “…context…”" */
  text: string;
  line?: number | undefined;
}

/** Words as the name pattern bounds them: runs of letters, digits and hyphens. */
const tokens = (text: string) =>
  straight(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

/**
 * Every sequence of up to `max` consecutive words in the runs: a name can only match where its words
 * stand in a row, so this set rules out most targets at once (thousands of entries × thousands of names).
 */
function wordSequences(runs: Run[], max: number): Set<string> {
  const found = new Set<string>();
  for (const run of runs) {
    const words = tokens(run.text);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= max && i + n <= words.length; n++) found.add(words.slice(i, i + n).join(' '));
    }
  }
  return found;
}

/** The first mention of each target that is not inside a link to it. */
export function unlinkedMentions(runs: Run[], targets: Named[]): UnlinkedMention[] {
  const problems: UnlinkedMention[] = [];
  const names = new Map(targets.map((t) => [t, tokens(t.name).join(' ')]));
  const present = wordSequences(runs, Math.max(0, ...[...names.values()].map((n) => n.split(' ').length)));
  for (const target of targets) {
    if (!present.has(names.get(target)!)) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(target.name)}(?![\\p{L}\\p{N}-])`, 'u');
    const shadows = target.shadows.map(straight).sort((a, b) => b.length - a.length);
    for (const run of runs) {
      const masked = shadows.reduce((text, s) => text.split(s).join(' '.repeat(s.length)), straight(run.text));
      const match = word.exec(masked);
      if (!match) continue;
      if (run.href !== target.href) {
        const around = run.text
          .slice(Math.max(0, match.index - 40), match.index + target.name.length + 40)
          .replace(/\s+/g, ' ');
        problems.push({ name: target.name, text: `${target.name}: “…${around}…”`, line: run.line });
      }
      break;
    }
  }
  return problems;
}

/** The first mention of each target that is not inside a link to it, as "Name: …context…". */
export function unlinkedFirstMentions(runs: Run[], targets: Named[]): string[] {
  return unlinkedMentions(runs, targets).map((p) => p.text);
}

/** The text runs of an entry's prose in a source tree (paragraphs, lists, quotes, tables; not notes), links as "kind:id". */
export function sourceRuns(tree: Root): Run[] {
  const runs: Run[] = [];
  type Any = {
    type: string;
    value?: string;
    url?: string;
    children?: Any[];
    name?: string | null;
    position?: { start: { line: number } };
  };
  const walk = (node: Any, href: string | null) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      runs.push({ text: node.value ?? '', href, line: node.position?.start.line });
      return;
    }
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      (node as MdxJsxTextElement).name === 'Fn'
    )
      return;
    let inner = href;
    if (node.type === 'link') {
      const link = parseEntryLink(node.url ?? '');
      inner = link ? `${link.kind}:${link.id}` : (node.url ?? null);
    }
    for (const child of node.children ?? []) walk(child, inner);
  };
  for (const block of tree.children) {
    if (['paragraph', 'list', 'blockquote', 'table'].includes(block.type)) walk(block as Any, null);
  }
  return runs;
}

/** What each movement is called, and the longer names (of any entry) that contain it. */
export function movementTargets(
  movements: { id: string; title: string }[],
  names: { id: string; names: string[] }[],
  href: (id: string) => string,
): Named[] {
  const all = names.flatMap((e) => e.names.map((n) => ({ n, id: e.id })));
  return movements.map((m) => {
    const name = m.title.replace(/\s*\(.*\)$/, '');
    const word = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}-])`, 'u');
    // Other entries' names that contain this one, and their beginnings up to it ("Union of People's Unity").
    const longer = all.filter((x) => x.id !== m.id && x.n !== name && word.test(x.n)).map((x) => x.n);
    const shadows = [...longer, ...longer.map((n) => n.slice(0, word.exec(n)!.index + name.length))].filter(
      (n) => n !== name,
    );
    return { href: href(m.id), name, shadows };
  });
}

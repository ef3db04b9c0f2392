/**
 * Compares two versions of a page paragraph by paragraph. Paragraph ids are hashes of their words
 * (src/features/paragraphs/rehype-paragraph-ids.ts), so a paragraph whose id is in both versions is unchanged; the
 * others were added, removed or changed. A removed and an added paragraph in the same place (between
 * the same unchanged neighbours) are paired as one changed paragraph.
 */

export interface Paragraph {
  id: string;
  n: number;
  text: string;
}

export type ParagraphChange =
  | { kind: 'same'; before: Paragraph; after: Paragraph }
  | { kind: 'changed'; before: Paragraph; after: Paragraph }
  | { kind: 'added'; after: Paragraph }
  | { kind: 'removed'; before: Paragraph };

/** Longest common subsequence of ids: the paragraphs both versions keep, in order. */
function commonIds(a: string[], b: string[]): Set<string> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

/** The changes from `before` to `after`, in reading order of the later version (removals where they stood). */
export function compareParagraphs(before: Paragraph[], after: Paragraph[]): ParagraphChange[] {
  const kept = commonIds(
    before.map((p) => p.id),
    after.map((p) => p.id),
  );
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    // Collect the run of paragraphs that differ before the next kept one, on both sides.
    const gone: Paragraph[] = [];
    const come: Paragraph[] = [];
    while (i < before.length && !kept.has(before[i]!.id)) gone.push(before[i++]!);
    while (j < after.length && !kept.has(after[j]!.id)) come.push(after[j++]!);
    const paired = Math.min(gone.length, come.length);
    for (let k = 0; k < paired; k++) out.push({ kind: 'changed', before: gone[k]!, after: come[k]! });
    for (const p of gone.slice(paired)) out.push({ kind: 'removed', before: p });
    for (const p of come.slice(paired)) out.push({ kind: 'added', after: p });
    if (i < before.length && j < after.length) out.push({ kind: 'same', before: before[i++]!, after: after[j++]! });
  }
  return out;
}

/** Counts by kind, for a one-line summary ("2 changed, 1 added"). */
export function summarise(changes: ParagraphChange[]): Record<ParagraphChange['kind'], number> {
  const counts = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}

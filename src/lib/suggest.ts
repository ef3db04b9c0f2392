/** "Did you mean …?" for error messages: the closest known value by edit distance. */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known value closest to `wanted`, if it is close enough to be a likely typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(wanted, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** A sentence listing what would have been valid, with a suggestion when there is one. */
export function validChoices(wanted: string, known: Iterable<string>): string {
  const list = [...known].sort();
  const guess = closest(wanted, list);
  return `${guess ? `Did you mean "${guess}"? ` : ''}Known: ${list.join(', ') || '(none)'}.`;
}

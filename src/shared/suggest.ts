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

/** The known values closest to `wanted` (at most `max`), those close enough to be a likely typo, nearest first. */
export function nearest(wanted: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return [...new Set(known)]
    .map((candidate) => ({ candidate, d: distance(wanted.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** The known value closest to `wanted`, if it is close enough to be a likely typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  return nearest(wanted, known, 1)[0];
}

/**
 * A sentence suggesting at most three close values; when none is close, the list of valid values only
 * if it is short (a list of 135 keys helps nobody).
 */
export function validChoices(wanted: string, known: Iterable<string>): string {
  const list = [...known].sort();
  const near = nearest(wanted, list);
  if (near.length) return `Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
  return list.length <= 3 ? `Known: ${list.join(', ') || '(none)'}.` : '';
}

/** The message for a field no schema knows: it may be a typo of one of at most three known fields. */
export function unknownField(key: string, fields: string[]): string {
  const near = nearest(key, fields);
  return `unknown field "${key}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`;
}

/** The message for the unknown fields of one object: one as `unknownField()` says it; several in one sentence. */
export function unknownFields(keys: string[], fields: string[]): string {
  if (keys.length === 1) return unknownField(keys[0]!, fields);
  const each = keys.map((key) => {
    const near = nearest(key, fields);
    return `"${key}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`;
  });
  return `unknown fields ${each.join(', ')}`;
}

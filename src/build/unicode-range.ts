/** CSS `unicode-range` values (as in @font-face) to and from sets of code points. */

/** "U+0000-00FF,U+0131" → every code point it names. Throws on anything that is not a range or a single point. */
export function parseUnicodeRange(value: string): Set<number> {
  const points = new Set<number>();
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
    if (!match) throw new Error(`not a unicode-range item: "${part}"`);
    const start = parseInt(match[1]!, 16);
    const end = match[2] ? parseInt(match[2], 16) : start;
    if (end < start) throw new Error(`unicode-range item runs backwards: "${part}"`);
    for (let point = start; point <= end; point++) points.add(point);
  }
  return points;
}

/** Code points → the shortest "U+0020-007E,U+00A0" list: sorted, runs joined, four hex digits at least. */
export function formatUnicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const items: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    items.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return items.join(',');
}

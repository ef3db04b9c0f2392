import { describe, expect, test } from 'vitest';
import { revisionsOf } from '../../src/features/history/load';

describe('revisionsOf()', () => {
  test('lists the commits that changed a tracked file, newest first', () => {
    const revisions = revisionsOf('package.json');
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) expect(r.hash).toMatch(/^[0-9a-f]{40}$/);
    const dates = revisions.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  test('is empty for a file git never saw', () => {
    expect(revisionsOf('content/no-such-file.mdx')).toEqual([]);
  });
  test('is empty, not an error, when git itself fails', () => {
    // git refuses an empty pathspec and exits non-zero: the catch branch.
    expect(revisionsOf('')).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../src/features/history/model';

const record = (hash: string, date: string, subject: string) =>
  `${hash}\x1f${hash.slice(0, 7)}\x1f${date}\x1f${subject}\x1e\n`;

describe('parseGitLog()', () => {
  test('reads hash, short hash, date and subject of each commit, newest first', () => {
    const out =
      record('a'.repeat(40), '2026-11-23', 'Lad: date of registration') +
      record('b'.repeat(40), '2026-10-01', 'Lad: first version');
    expect(parseGitLog(out)).toEqual([
      { hash: 'a'.repeat(40), short: 'aaaaaaa', date: '2026-11-23', subject: 'Lad: date of registration' },
      { hash: 'b'.repeat(40), short: 'bbbbbbb', date: '2026-10-01', subject: 'Lad: first version' },
    ]);
  });
  test('keeps separators that look like text inside a subject intact and skips malformed records', () => {
    const out = record('c'.repeat(40), '2026-11-23', 'Fix: "a | b" ; c') + 'garbage\x1e' + '';
    expect(parseGitLog(out).map((r) => r.subject)).toEqual(['Fix: "a | b" ; c']);
  });
  test('gives no revisions for empty output (no git, or a file git does not know)', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

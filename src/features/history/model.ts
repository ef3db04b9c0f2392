/** A page's revision history, parsed from `git log` output (see src/features/history/load.ts). */

/** One commit that changed a page's content file. */
export interface Revision {
  /** Full commit hash. */
  hash: string;
  /** Abbreviated hash, as a citation names the version. */
  short: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** First line of the commit message. */
  subject: string;
}

/** Field and record separators of the `--format` we ask git for (unit and record separator characters). */
export const GIT_LOG_FORMAT = '%H%x1f%h%x1f%cs%x1f%s%x1e';

/** Parses `git log --format=GIT_LOG_FORMAT` output, newest first; malformed records are skipped. */
export function parseGitLog(output: string): Revision[] {
  return output
    .split('\x1e')
    .map((record) => record.trim().split('\x1f'))
    .filter(
      (fields) => fields.length === 4 && /^[0-9a-f]{40}$/.test(fields[0]!) && /^\d{4}-\d{2}-\d{2}$/.test(fields[2]!),
    )
    .map(([hash, short, date, subject]) => ({ hash: hash!, short: short!, date: date!, subject: subject! }));
}

/** The revision history of a content file, read from the repository at build time. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GIT_LOG_FORMAT, parseGitLog, type Revision } from './model';

const cache = new Map<string, Revision[]>();

/**
 * Commits that changed `file` (following renames), newest first. Empty when there is no git, no
 * repository or no history (a tarball, a shallow CI checkout of another repo): pages then show
 * their "last updated" date and say that the history is not available.
 */
export function revisionsOf(file: string): Revision[] {
  const hit = cache.get(file);
  if (hit) return hit;
  let revisions: Revision[];
  try {
    // Run in the file's own folder: the repository that holds it answers (a test's content may be a repository of its own).
    const full = path.resolve(file);
    const output = execFileSync('git', ['log', '--follow', `--format=${GIT_LOG_FORMAT}`, '--', path.basename(full)], {
      cwd: path.dirname(full),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    revisions = parseGitLog(output);
  } catch {
    revisions = [];
  }
  cache.set(file, revisions);
  return revisions;
}

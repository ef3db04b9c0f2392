// Checks stored editions against their manifests and, where the repository history is at hand, against git:
// a file of a published edition is never modified, deleted or renamed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { verifyEdition, type EditionManifest } from '../../src/features/editions/model';

/** Every file under an edition's folder except its manifest, by path inside the folder. */
function editionFiles(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((rel) => rel !== 'edition.json')
      .map((rel) => [rel, readFileSync(path.join(dir, rel))] as const),
  );
}

/** Problems with the editions in `dir` (empty when every file is exactly as published). */
export function storedEditionProblems(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'edition.json')))
    .flatMap((name) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, name, 'edition.json'), 'utf8')) as EditionManifest;
      const problems = verifyEdition(manifest, editionFiles(path.join(dir, name)));
      if (manifest.name !== name) problems.push(`${name}/edition.json: names the edition "${manifest.name}"`);
      return problems;
    });
}

/** Commits (and uncommitted changes) that modified, deleted or renamed a file under `folder` after adding it. */
export function gitChangesToEditions(root: string, folder: string): string[] | undefined {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commits = run(['log', '--diff-filter=MDR', '--format=%h %s', '--', folder]);
    const working = run(['status', '--porcelain', '--', folder])
      .split('\n')
      .filter((line) => /^( ?[MDR]|[MDR] )/.test(line));
    return [...(commits ? commits.split('\n') : []), ...working];
  } catch {
    return undefined;
  }
}

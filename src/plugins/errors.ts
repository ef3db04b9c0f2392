/** Build errors that name the content file and the problem. */
import path from 'node:path';
import type { VFile } from 'vfile';

/** Throws an error whose first words are the file, relative to the project. */
export function fail(file: VFile, problem: string): never {
  const where = file.path ? path.relative(process.cwd(), file.path) : '(unknown file)';
  throw new Error(`${where}: ${problem}`);
}

/** Build errors that name the content file and the problem. */
import path from 'node:path';
import type { VFile } from 'vfile';

const where = (file: VFile) => (file.path ? path.relative(process.cwd(), file.path) : '(unknown file)');

/** Throws an error whose first words are the file, relative to the project. */
export function fail(file: VFile, problem: string): never {
  throw new Error(`${where(file)}: ${problem}`);
}

/** Throws an error that names the file and the line ("content/movements/lad.mdx:12: …"). */
export function failAt(file: VFile, line: number | undefined, problem: string): never {
  throw new Error(`${where(file)}${line ? `:${line}` : ''}: ${problem}`);
}

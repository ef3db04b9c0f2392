/**
 * Refuses, while an entry compiles (in `astro build` and `astro dev`), anything in it that could run
 * code or load something: the rules are in checks/mdx-guard.ts. Runs first, before any other plugin.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { unsafeNodes } from './mdx-guard';
import { failAt } from '../shared/errors';

export function remarkContentGuard() {
  return (tree: Root, file: VFile) => {
    const error = unsafeNodes(tree).find((f) => !f.warning);
    if (error) failAt(file, error.line, error.message);
  };
}

// Builds the real site once into a temporary folder and hands its path to every test file of the build and browser
// projects (vitest.config.ts). Both projects list this file; the second finds the first one's build in progress or
// done and shares it, so a run that has both builds once. The folder goes when the last of them is torn down.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../support/browser';
import { buildSite } from '../support/build';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

interface SharedBuild {
  root: string;
  outDir: Promise<string>;
  users: number;
}
// Each project imports its global setup on its own, in this one process: the build is kept where both see it.
const KEY = Symbol.for('kz-movements.shared-build');
const shared = globalThis as { [KEY]?: SharedBuild };

async function build(root: string): Promise<string> {
  const outDir = path.join(root, 'dist');
  const result = await buildSite({ outDir, cacheDir: path.join(root, 'cache') });
  if (result.code !== 0) throw new Error(`The site does not build:\n${result.output}`);
  return outDir;
}

export default async function setup(project: TestProject) {
  // The build prints its PDFs with Chromium, and the browser tests drive it: without one, say so first, and how to get it.
  chromiumPath('The build and browser tests need Chromium or Chrome');
  let current = shared[KEY];
  if (!current) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kz-site-'));
    current = shared[KEY] = { root, outDir: build(root), users: 0 };
  }
  current.users++;
  project.provide('distDir', await current.outDir);
  return () => {
    if (--current.users > 0) return;
    rmSync(current.root, { recursive: true, force: true });
    delete shared[KEY];
  };
}

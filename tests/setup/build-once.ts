// Builds the real site once into a temporary folder and hands its path to every test file.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../src/build/browser';
import { buildSite } from '../../src/build/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // The build prints its PDFs with Chromium, and the browser tests drive it: without one, say so first, and how to get it.
  chromiumPath('The build and browser tests need Chromium or Chrome');
  const root = mkdtempSync(path.join(os.tmpdir(), 'kz-site-'));
  const outDir = path.join(root, 'dist');
  const result = await buildSite({ outDir, cacheDir: path.join(root, 'cache') });
  if (result.code !== 0) throw new Error(`The site does not build:\n${result.output}`);
  project.provide('distDir', outDir);
  return () => rmSync(root, { recursive: true, force: true });
}

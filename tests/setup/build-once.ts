// Builds the real site once into a temporary folder for the build and browser projects (vitest.config.ts). The build
// starts here and runs on while the unit tests and the files that make builds of their own go ahead; each file of the
// two projects waits for it (tests/setup/built.ts) before it loads. Both projects list this file: the second finds
// the first one's build under way and shares it, so a run builds the site once. The folder goes with the last user.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../src/build/browser';
import { buildSite } from '../../src/build/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build's output folder (complete once tests/setup/built.ts has let the file load). */
    distDir: string;
    /** The file the build writes when it is done: its exit code and output, as JSON. */
    buildReport: string;
  }
}

interface SharedBuild {
  root: string;
  done: Promise<void>;
  users: number;
}
// Each project imports its global setup on its own, in this one process: the build is kept where both see it.
const KEY = Symbol.for('kz-movements.shared-build');
const shared = globalThis as { [KEY]?: SharedBuild };

function start(): SharedBuild {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kz-site-'));
  // Written whole under another name, then renamed: a file that waits never reads half a report.
  const report = (result: { code: number; output: string }) => {
    writeFileSync(path.join(root, 'build.json.part'), JSON.stringify(result));
    renameSync(path.join(root, 'build.json.part'), path.join(root, 'build.json'));
  };
  const done = buildSite({ outDir: path.join(root, 'dist'), cacheDir: path.join(root, 'cache') }).then(
    report,
    (error) => report({ code: 1, output: String(error) }),
  );
  return { root, done, users: 0 };
}

export default function setup(project: TestProject) {
  // The build prints its PDFs with Chromium, and the browser tests drive it: without one, say so first, and how to get it.
  chromiumPath('The build and browser tests need Chromium or Chrome');
  const current = (shared[KEY] ??= start());
  current.users++;
  project.provide('distDir', path.join(current.root, 'dist'));
  project.provide('buildReport', path.join(current.root, 'build.json'));
  return async () => {
    if (--current.users > 0) return;
    await current.done;
    rmSync(current.root, { recursive: true, force: true });
    delete shared[KEY];
  };
}

// The tests in four projects; `npm test` runs them all (after `npm run check`), `npm run test:unit` the first alone.
//   unit        pure functions and source files: no build, no browser (seconds)
//   build       the real site, built once (tests/setup/build-once.ts), read as HTML and files
//   browser     the same build served once, in one shared Chromium (tests/setup/browser.ts)
//   own-builds  tests that run builds of their own: broken-content fixtures, an edition cut, a build without a browser
// The build and browser projects share the one build. Files run two at a time, so that a file waiting on its own
// builds or on Chromium leaves the other core to the next file; Astro builds still run one at a time (withBuildLock).
import os from 'node:os';
import { defineConfig } from 'vitest/config';

/** The files that build a site of their own and read nothing of the shared build. */
const OWN_BUILDS = ['tests/build/fixtures.test.ts', 'tests/build/editions.test.ts', 'tests/build/no-browser.test.ts'];

export default defineConfig({
  test: {
    // Set for the slowest machine the tests run on (2 cores shared with other jobs): a browser test that walks many
    // pages takes minutes there, so such tests give their own longer timeout; these defaults fail only a hang.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      // Unit test files mock nothing and change no global state: they share their workers' loaded modules (isolate
      // off), which halves the project's time.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: OWN_BUILDS,
          globalSetup: ['tests/setup/build-once.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-once.ts', 'tests/setup/browser.ts'],
        },
      },
      { extends: true, test: { name: 'own-builds', include: OWN_BUILDS } },
    ],
  },
});

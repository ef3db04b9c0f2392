// The tests in four projects; `npm test` runs them all (after `npm run check`), `npm run test:unit` the first alone.
//   unit        pure functions and source files: no build, no browser (seconds)
//   build       the real site, built once (tests/setup/build-once.ts), read as HTML and files
//   browser     the same build served once, in one shared Chromium (tests/setup/browser.ts)
//   own-builds  tests that make builds of their own: the broken-content fixtures, a build under /kz/, an edition
//               cut, a build without a browser
// The shared build runs while the unit and own-builds files go ahead (tests/setup/sequencer.ts); each build and
// browser file waits for it (tests/setup/built.ts). Files run two at a time, and Astro builds one at a time
// (withBuildLock in src/build/build-site.ts).
import { defineConfig } from 'vitest/config';

/** The files that build a site of their own and read nothing of the shared build. */
const OWN_BUILDS = [
  'tests/build/fixtures.test.ts',
  'tests/build/editions.test.ts',
  'tests/build/no-browser.test.ts',
  'tests/browser/subpath.test.ts',
];

export default defineConfig({
  test: {
    // Set for the slowest machine the tests run on (2 cores shared with other jobs): a browser test that walks many
    // pages takes minutes there, so such tests give their own longer timeout; these defaults fail only a hang.
    testTimeout: 120_000,
    hookTimeout: 900_000,
    maxWorkers: 2,
    sequence: { sequencer: (await import('./tests/setup/sequencer.ts')).default },
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
          setupFiles: ['tests/setup/built.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: OWN_BUILDS,
          globalSetup: ['tests/setup/build-once.ts', 'tests/setup/browser.ts'],
          setupFiles: ['tests/setup/built.ts'],
        },
      },
      { extends: true, test: { name: 'own-builds', include: OWN_BUILDS } },
    ],
  },
});

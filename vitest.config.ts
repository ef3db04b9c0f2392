// Three layers of tests: unit (no build), build (one build, HTML checks), browser (Chromium over that build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-once.ts'],
    // Set for the slowest machine the tests run on (2 cores shared with other jobs): a browser test that walks many
    // pages takes minutes there, so such tests give their own longer timeout; these defaults fail only a hang.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});

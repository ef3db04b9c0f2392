// Three layers of tests: unit (no build), build (one build, HTML checks), browser (Chromium over that build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-once.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

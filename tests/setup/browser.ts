// One Chromium and one static server (two: without and with the build's `_headers`) for the whole browser project:
// started once before its first file and stopped after its last. Test files connect to them (support/served.ts).
// Listed after build-once.ts, whose build it serves: the servers answer once it is done (tests/setup/built.ts).
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/build/browser';
import { serve } from '../../src/build/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared browser (`chromium.connect`). */
    browserEndpoint: string;
    /** The build served at "/", ending in "/". */
    siteUrl: string;
    /** The same, each response with the headers the build's `_headers` gives it (so its CSP is enforced). */
    siteUrlWithHeaders: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = project.getProvidedContext().distDir;
  const [browser, plain, withHeaders] = await Promise.all([
    chromium.launchServer({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS }),
    serve(distDir, '/'),
    serve(distDir, '/', { headers: true }),
  ]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', plain.url);
  project.provide('siteUrlWithHeaders', withHeaders.url);
  return async () => {
    await Promise.all([browser.close(), plain.close(), withHeaders.close()]);
  };
}

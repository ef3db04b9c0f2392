// The built site served on 127.0.0.1, with Chromium, for a browser test file: started before its tests and
// stopped after them. Each page opens in a fresh browser context that records what goes wrong (problems.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../src/build/browser';
import { recordProblems } from './problems';
import { serve } from '../../src/build/server';

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  waitUntil?: 'load' | 'networkidle';
}

export interface Opened {
  page: Page;
  /** Console and page errors, failed requests, error responses and requests that leave the site. */
  problems: string[];
  /** Closes the page's context. */
  close: () => Promise<void>;
}

/** Serves the build (with its `_headers` applied, so its CSP is enforced, when `headers` is set). */
export function servedSite(options: { headers?: boolean } = {}) {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serve(inject('distDir'), '/', options)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    /** The site's address, ending in "/". */
    get url(): string {
      return server!.url;
    },
    /** Opens a path of the site ("/movements/lad/"). */
    async open(path: string, o: OpenOptions = {}): Promise<Opened> {
      const context = await browser!.newContext({
        viewport: { width: o.width ?? 1280, height: o.height ?? 900 },
        colorScheme: o.colorScheme ?? 'light',
        javaScriptEnabled: o.javaScriptEnabled ?? true,
      });
      const page = await context.newPage();
      const problems = recordProblems(page, server!.url);
      await page.goto(new URL(path.replace(/^\//, ''), server!.url).href, { waitUntil: o.waitUntil ?? 'load' });
      return { page, problems, close: () => context.close() };
    },
  };
}

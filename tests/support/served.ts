// The built site served on 127.0.0.1, with Chromium, for a browser test file: the browser and the server are the
// project's (tests/setup/browser.ts), shared by every file; a file connects before its tests and disconnects after.
// Each page opens in a fresh browser context that records what goes wrong (problems.ts).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { mapLimit } from './pool';
import { recordProblems } from './problems';

/** The project's shared Chromium, connected for this file: close() disconnects and leaves it running. */
export function sharedBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

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
  /** Closes the page (and, from open(), its context). */
  close: () => Promise<void>;
}

/** The served build (with its `_headers` applied, so its CSP is enforced, when `headers` is set). */
export function servedSite(options: { headers?: boolean } = {}) {
  let browser: Browser | undefined;
  const url = inject(options.headers ? 'siteUrlWithHeaders' : 'siteUrl');
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    /** The site's address, ending in "/". */
    get url(): string {
      return url;
    },
    /** Opens a path of the site ("/movements/lad/") in a fresh browser context. */
    async open(path: string, o: OpenOptions = {}): Promise<Opened> {
      const context = await newContext(browser!, o);
      const opened = await openIn(context, path, o);
      return { ...opened, close: () => context.close() };
    },
    /**
     * Opens every path, `limit` at a time, each in a page of its own (recording its own problems) in one browser
     * context made with `o`, and gives each to `check`; the results keep the paths' order. One context for the walk:
     * a fresh context for every page would start a renderer process for each, which is most of a walk's time.
     */
    async walk<R>(
      paths: readonly string[],
      o: OpenOptions,
      check: (opened: Opened, path: string) => Promise<R>,
      limit = 3,
    ) {
      const context = await newContext(browser!, o);
      try {
        return await mapLimit(paths, limit, async (path) => {
          const opened = await openIn(context, path, o);
          try {
            return await check(opened, path);
          } finally {
            await opened.close();
          }
        });
      } finally {
        await context.close();
      }
    },
  };

  function newContext(browser: Browser, o: OpenOptions): Promise<BrowserContext> {
    return browser.newContext({
      viewport: { width: o.width ?? 1280, height: o.height ?? 900 },
      colorScheme: o.colorScheme ?? 'light',
      javaScriptEnabled: o.javaScriptEnabled ?? true,
    });
  }

  async function openIn(context: BrowserContext, path: string, o: OpenOptions): Promise<Opened> {
    const page = await context.newPage();
    const problems = recordProblems(page, url);
    await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: o.waitUntil ?? 'load' });
    return { page, problems, close: () => page.close() };
  }
}

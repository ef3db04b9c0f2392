// Reading gates over the built site in Chromium: no JavaScript needed, readable line length,
// text that scales to 200 %, and a keyboard-only walk with visible focus.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, representativePages } from '../../src/build/read-pages';
import { mapLimit } from '../support/pool';
import { servedSite } from '../support/served';

const site = servedSite();
let urls: string[];
/** Entry pages: the running text with its notes. */
let entries: string[];

beforeAll(() => {
  const pages = representativePages(readPages(inject('distDir'))).filter((p) => p.url !== '/404.html');
  urls = pages.map((p) => p.url);
  entries = pages.filter((p) => p.$('.entry-body').length > 0).map((p) => p.url);
});

async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(url.slice(1), site.url).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Runs `check` on every URL in a fresh context made with `options`, a few pages at a time. */
async function overPages<R>(
  list: string[],
  options: Parameters<Browser['newContext']>[0],
  check: (page: Page, url: string) => Promise<R[]>,
): Promise<R[]> {
  const context = await site.browser.newContext(options);
  try {
    const found = await mapLimit(list, 3, async (url) => {
      const page = await visit(context, url);
      try {
        return await check(page, url);
      } finally {
        await page.close();
      }
    });
    return found.flat();
  } finally {
    await context.close();
  }
}

interface Readable {
  text: string[];
  links: string[];
}

/** Visible text chunks and visible link targets, leaving out controls that scripts may add. */
function readable(page: Page): Promise<Readable> {
  return page.evaluate(() => {
    const skip = 'button, [role="button"], script, style, template, noscript';
    const text: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const t = n.textContent?.replace(/\s+/g, ' ').trim();
      if (t && el && !el.closest(skip) && el.checkVisibility({ visibilityProperty: true })) text.push(t);
    }
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.checkVisibility({ visibilityProperty: true }) && a.getClientRects().length > 0)
      .map((a) => a.getAttribute('href') ?? '');
    return { text, links };
  });
}

/** What goes wrong on a page once the reader's default font size is doubled (Chromium's text-only zoom). */
async function zoomProblems(page: Page, baseSize: number): Promise<string[]> {
  // The reader's default font size doubled, so rem and em media queries follow it as they do for a reader who sets
  // a large font.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((baseSize) => {
    const out: string[] = [];
    const root = document.documentElement;
    if (parseFloat(getComputedStyle(document.body).fontSize) < 2 * baseSize - 0.5) out.push('body text did not scale');
    if (root.scrollWidth > root.clientWidth) out.push(`${root.scrollWidth - root.clientWidth} px sideways scroll`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      const srOnly = el.clientWidth <= 1 && el.clientHeight <= 1;
      if (hides && !srOnly && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        out.push(`clipped: ${el.tagName.toLowerCase()}.${el.className}`);
      }
    }
    // Header links and the site name keep clear of each other.
    const boxes = [...document.querySelectorAll('.site-header a')].map((a) => a.getBoundingClientRect());
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          out.push('header links overlap');
        }
      }),
    );
    return out;
  }, baseSize);
}

const DESKTOP = { viewport: { width: 1280, height: 900 } };
let withJs: Promise<Map<string, { readable: Readable; zoomed: string[] }>> | undefined;

/**
 * Every page once with JavaScript at 1280×900: what it shows (its readable text and links), then what goes wrong
 * with the text at 200 %. One visit serves the two tests that need them; whichever runs first makes it.
 */
function pagesWithJs() {
  withJs ??= (async () => {
    const [baseSize] = await overPages(['/'], DESKTOP, async (page) => [
      await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    ]);
    const visits = await overPages(urls, DESKTOP, async (page, url) => {
      const shown = await readable(page);
      return [{ url, readable: shown, zoomed: await zoomProblems(page, baseSize!) }];
    });
    return new Map(visits.map((v) => [v.url, v]));
  })();
  return withJs;
}

describe('without JavaScript', () => {
  test('every page shows all its text and links', async () => {
    const visits = await pagesWithJs();
    const missing = await overPages(urls, { ...DESKTOP, javaScriptEnabled: false }, async (page, url) => {
      const off = await readable(page);
      const on = visits.get(url)!.readable;
      const text = new Set(off.text);
      const links = new Set(off.links);
      return [
        ...on.text.filter((t) => !text.has(t)).map((t) => `${url}: text "${t.slice(0, 60)}"`),
        ...on.links.filter((l) => !links.has(l)).map((l) => `${url}: link ${l}`),
      ];
    });
    expect(missing).toEqual([]);
  }, 900_000);

  test('on every entry the notes list is shown, each reference leads to its note and back', async () => {
    const problems = await overPages(entries, { javaScriptEnabled: false }, async (page, url) => {
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const shown = (el: Element | null) =>
          !!el && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
        const notes = document.querySelector('[role="doc-endnotes"]');
        if (!shown(notes)) out.push('notes list not shown');
        const refs = [...document.querySelectorAll<HTMLAnchorElement>('a[role="doc-noteref"]')];
        if (refs.length === 0) out.push('no note references');
        for (const ref of refs) {
          if (!shown(ref)) out.push(`${ref.id} not shown`);
          const note = document.getElementById(ref.hash.slice(1));
          if (!shown(note) || !notes?.contains(note)) out.push(`${ref.id} → ${ref.hash}: no note in the list`);
        }
        for (const back of document.querySelectorAll<HTMLAnchorElement>('a[role="doc-backlink"]')) {
          if (!shown(back) || !shown(document.getElementById(back.hash.slice(1))))
            out.push(`back-link ${back.hash} broken`);
        }
        return out;
      });
      // Following a reference by keyboard brings its note into view.
      const first = page.locator('a[role="doc-noteref"]').first();
      const hash = await first.getAttribute('href');
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.hash === hash);
      const inView = await page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }, hash!.slice(1));
      if (!inView) found.push(`${hash} not scrolled into view`);
      return found.map((f) => `${url}: ${f}`);
    });
    expect(problems).toEqual([]);
  }, 900_000);
});

describe('reading on any screen', () => {
  test('entry text runs at most about 85 characters a line on a 1440 px screen', async () => {
    const lines = await overPages(entries, { viewport: { width: 1440, height: 900 } }, async (page, url) => {
      // Characters per rendered line of each body paragraph, note marks and sidenotes left out;
      // a paragraph's last line is usually short and is not counted.
      const counts = await page.evaluate(() => {
        const result: number[] = [];
        for (const p of document.querySelectorAll('.entry-body > p')) {
          const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
          const perLine: number[] = [];
          let lineTop = -Infinity;
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement?.closest('sup, .sidenote')) continue;
            for (let i = 0; i < (n.textContent ?? '').length; i++) {
              range.setStart(n, i);
              range.setEnd(n, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect) continue;
              if (rect.top > lineTop + lineHeight / 2) {
                perLine.push(0);
                lineTop = rect.top;
              }
              perLine[perLine.length - 1]!++;
            }
          }
          result.push(...perLine.slice(0, -1));
        }
        return result;
      });
      return [{ url, counts }];
    });
    for (const { url, counts } of lines) {
      expect(counts.length, `${url}: no full lines measured`).toBeGreaterThan(0);
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      expect(mean, `${url}: mean characters per line`).toBeLessThanOrEqual(85);
      expect(Math.max(...counts), `${url}: longest line`).toBeLessThanOrEqual(95);
    }
  }, 900_000);

  test('text set to 200 % in the browser doubles, and nothing scrolls sideways, is clipped or overlaps', async () => {
    const visits = await pagesWithJs();
    const problems = urls.flatMap((url) => visits.get(url)!.zoomed.map((f) => `${url}: ${f}`));
    expect(problems).toEqual([]);
  }, 900_000);
});

describe('keyboard only', () => {
  test('Tab walks the header, an entry, its notes and sources in order, each stop visibly focused', async () => {
    const url = '/movements/nevada-semipalatinsk/';
    const [walk] = await overPages([url], { viewport: { width: 1280, height: 900 } }, async (page) => {
      // Number every element a keyboard user should reach, in document order.
      const expected = await page.evaluate(() => {
        const selector =
          'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert], [aria-hidden="true"]'),
        );
        // Kept in page scope, not as attributes: a script may copy a note's markup into a preview.
        (window as unknown as { kbd: HTMLElement[] }).kbd = all;
        return all.length;
      });
      const reached: number[] = [];
      const unseen: string[] = [];
      let first: string | undefined;
      for (let step = 0; step < 2 * expected + 10; step++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const r = el.getBoundingClientRect();
          let shown = el.checkVisibility({ visibilityProperty: true });
          for (let e: Element | null = el; e && shown; e = e.parentElement)
            shown = parseFloat(getComputedStyle(e).opacity) > 0;
          const inView =
            shown &&
            r.width > 0 &&
            r.height > 0 &&
            r.bottom > 0 &&
            r.top < innerHeight &&
            r.right > 0 &&
            r.left < innerWidth;
          const name = `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" ${el.getAttribute('href') ?? ''}`;
          return { i: (window as unknown as { kbd: HTMLElement[] }).kbd.indexOf(el), ring, inView, name };
        });
        if (!stop || stop.name === first) break;
        first ??= stop.name;
        // Stops a script adds on the way (a note preview's links) are allowed, but must show focus too.
        if (stop.i >= 0) reached.push(stop.i);
        if (!stop.ring) unseen.push(`no focus ring: ${stop.name}`);
        if (!stop.inView) unseen.push(`focused but not shown on screen: ${stop.name}`);
      }
      return [{ expected, reached, unseen }];
    });
    expect(walk!.expected).toBeGreaterThan(50);
    expect(walk!.reached).toEqual(Array.from({ length: walk!.expected }, (_, i) => i));
    expect(walk!.unseen).toEqual([]);
  }, 900_000);
});

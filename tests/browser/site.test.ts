// The built site in Chromium: accessibility, requests, keyboard footnotes, small screens, fonts.
// More reading gates (no JavaScript, line length, zoom, keyboard walk) are in quality.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, representativePages } from '../../src/build/read-pages';
import { servedSite } from '../support/served';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = servedSite();
let urls: string[];

beforeAll(() => {
  urls = representativePages(readPages(inject('distDir')))
    .map((p) => p.url)
    .filter((u) => u !== '/404.html');
});

/** The WCAG 2.2 A and AA rules whose outcome can depend on colours alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The axe violations of the page: of every WCAG 2.2 A/AA rule, or of the colour rules alone. */
async function axeViolations(page: Page, only: 'all' | 'colours' = 'all'): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ content: axeSource });
  const runOnly =
    only === 'all'
      ? `{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }`
      : `{ type: 'rule', values: ${JSON.stringify(COLOUR_RULES)} }`;
  // Only the violations are gathered in full (resultTypes): the passes, which the test never reads, are most of the
  // work of a run that reports them; the rules run and the violations found are the same.
  const result = await page.evaluate(`axe.run(document, { runOnly: ${runOnly}, resultTypes: ['violations'] })`);
  return (result as { violations: { id: string; nodes: { target: string[] }[] }[] }).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Every declaration the dark scheme makes (`@media (prefers-color-scheme: dark)` in the build's stylesheets and in
 * the pages' and images' own styles), as "property: value", with where it is; and the build's scripts and markup that
 * ask for the scheme otherwise. The browser test below checks the dark scheme with the colour rules alone, which holds while this
 * finds colours only.
 */
function darkSchemeDeclarations(distDir: string): { declarations: string[]; scripts: string[] } {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(css|html|svg|js)$/.test(f),
  );
  const declarations: string[] = [];
  const scripts: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(distDir, file), 'utf8');
    if (!text.includes('prefers-color-scheme')) continue;
    if (file.endsWith('.js')) {
      scripts.push(file);
      continue;
    }
    // Any other use (an inline script's matchMedia, a <source media> of a picture) may change more than colours.
    const uses = text.split('prefers-color-scheme').length - 1;
    const queries = [...text.matchAll(/@media[^{;]*prefers-color-scheme[^{;]*\{/g)].length;
    if (uses > queries) scripts.push(`${file}: ${uses - queries} use(s) outside an @media rule`);
    for (const start of text.matchAll(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g)) {
      let depth = 1;
      let end = start.index + start[0].length;
      for (; end < text.length && depth > 0; end++) depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
      const block = text.slice(start.index + start[0].length, end - 1);
      // Declarations nested straight in the query (CSS nesting) would be missed below: such a block is reported.
      if (!block.includes('{')) declarations.push(`unparsed: ${block} (${file})`);
      // The innermost braces hold declarations; what comes before them is a selector.
      for (const [, body] of block.matchAll(/\{([^{}]*)\}/g)) {
        for (const declaration of body!.split(';')) {
          const colon = declaration.indexOf(':');
          if (colon < 0) continue;
          const property = declaration.slice(0, colon).trim();
          const value = declaration.slice(colon + 1).trim();
          declarations.push(`${property}: ${value} (${file})`);
        }
      }
    }
  }
  return { declarations, scripts };
}

/** A colour value: a colour function, a hex colour, a keyword, or a custom property (which must itself be one). */
const COLOUR_VALUE =
  /^(#[0-9a-f]{3,8}|var\(--[\w-]+\)|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color|color-mix)\(.*\)|transparent|currentcolor|[a-z]+)( !important)?$/i;
const COLOUR_PROPERTY =
  /^(color|background|background-color|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-color|outline-color|text-decoration-color|caret-color|accent-color|column-rule-color|fill|stroke|--[\w-]+)$/;

describe('every page', () => {
  test('the dark scheme changes colours only: every declaration it makes sets a colour, and no script asks for it', () => {
    const { declarations, scripts } = darkSchemeDeclarations(inject('distDir'));
    expect(declarations.length).toBeGreaterThan(10);
    const other = declarations.filter((d) => {
      const [, property, value] = /^([^:]+): (.*) \([^()]+\)$/.exec(d)!;
      return !COLOUR_PROPERTY.test(property!) || !COLOUR_VALUE.test(value!);
    });
    expect(other).toEqual([]);
    expect(scripts).toEqual([]);
  });

  // One browser, a few pages at a time; each page is checked in both schemes in one visit. The dark scheme changes
  // colours only (the test above), so what the other rules found in the light scheme holds in the dark one too.
  test('has no axe violations (WCAG 2.2 A/AA) in light or dark scheme, console errors or failed or off-site requests', async () => {
    const found = await site.walk(
      urls,
      { colorScheme: 'light', waitUntil: 'networkidle' },
      async ({ page, problems }, url) => {
        const light = await axeViolations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await axeViolations(page, 'colours');
        return [...problems, ...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)].map(
          (p) => `${url} ${p}`,
        );
      },
    );
    expect(found.flat()).toEqual([]);
    // Every page twice over, on 2 cores shared with other jobs: many minutes, not the default's two.
  }, 1_200_000);
  test('does not scroll sideways at 320 px', async () => {
    const overflows = await site.walk(urls, { width: 320 }, async ({ page }, url) => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      return overflow > 0 ? [`${url}: ${overflow} px too wide`] : [];
    });
    expect(overflows.flat()).toEqual([]);
  }, 600_000);
  test('a long title with a long word wraps at 320 px instead of widening the page', async () => {
    const { page, close } = await site.open('/movements/lad/', { width: 320 });
    // A transliterated name can be one word longer than a 320 px line at the heading's size.
    const long = 'Respublikanskoeslavyanskoedvizhenie Lad (Republican Slavic Lad)';
    await page.evaluate((title) => {
      for (const el of document.querySelectorAll('h1, nav[aria-label="Breadcrumb"] a[aria-current], .prev-next a'))
        el.textContent = title;
    }, long);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await close();
  });
});

describe('footnotes by keyboard', () => {
  test('a reference moves focus to its note, and the back-link returns to the reference', async () => {
    const { page, close } = await site.open('/movements/alash/');
    await page.focus('#ref-2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-2');
    expect(new URL(page.url()).hash).toBe('#note-2');
    // Tab through the note to its back-link, then follow it.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'doc-backlink')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#ref-2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ref-2');
    await close();
  });
});

describe('fonts', () => {
  /** The fonts Chromium drew an element's text with: family and whether it came from an @font-face rule's url(). */
  async function fontsOf(page: Page, selector: string) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => [f.familyName, f.isCustomFont] as const);
  }
  test('Kazakh and Russian names each render in one font, without falling back mid-word, and fetch no font here', async () => {
    const { page, close } = await site.open('/movements/zheltoqsan/');
    await page.evaluate(() => document.fonts.ready);
    // This machine has a font with every Kazakh letter (DejaVu, named by local() in src/styles/fonts.css).
    expect(await fontsOf(page, '.names [lang="kk"]')).toEqual([['DejaVu Serif', false]]);
    expect((await fontsOf(page, '.names [lang="ru"]')).length).toBe(1);
    expect(
      await page.evaluate(
        () => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).length,
      ),
    ).toBe(0);
    await close();
  });
  test('where no installed font has the Kazakh letters, Kazakh renders in the site’s web font alone', async () => {
    // A machine without such a font, simulated: the stylesheet's local() sources are taken out.
    const context = await site.browser.newContext();
    await context.route('**/_astro/*.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/local\([^)]*\),?/g, '') });
    });
    const page = await context.newPage();
    await page.goto(new URL('movements/zheltoqsan/', site.url).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    expect(await fontsOf(page, '.names [lang="kk"]')).toEqual([['Noto Serif', true]]);
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.woff2'))
        .map((r) => new URL(r.name).pathname.split('/').pop()!.split('.')[0]!),
    );
    // Only the Kazakh faces exist: the serif ones for the name, the sans ones where a note names a Kazakh work.
    expect(fetched).toEqual(expect.arrayContaining(['noto-serif-cyrillic', 'noto-serif-kazakh']));
    expect(fetched.every((f) => /^noto-(serif|sans)-(cyrillic|kazakh)$/.test(f))).toBe(true);
    await context.close();
  });
});

describe('reading first', () => {
  const movements = () => urls.filter((u) => /^\/movements\/[^/]+\/$/.test(u));
  test.each([
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const)(
    'on a %s screen (%i×%i) every movement page shows the start of its first paragraph on the first screen',
    async (_, width, height) => {
      expect(movements().length).toBeGreaterThan(3);
      const problems: string[] = [];
      await site.walk(
        movements(),
        { width, height },
        async ({ page }, url) => {
          const where = await page.evaluate(() => {
            const box = (s: string) => document.querySelector(s)?.getBoundingClientRect();
            const first = box('.entry-body > p')!;
            const lead = box('.summary')!;
            const infobox = box('.infobox')!;
            return {
              first: first.top,
              lineHeight: parseFloat(getComputedStyle(document.querySelector('.entry-body > p')!).lineHeight),
              lead,
              infobox,
            };
          });
          // At least its first line, whole.
          if (where.first + where.lineHeight > height)
            problems.push(`${url}: first paragraph starts at ${Math.round(where.first)} px`);
          if (width >= 1280) {
            // Beside the summary and the lead, in the margin: to the right of the text, its top level with the summary's.
            if (where.infobox.left < where.lead.right) problems.push(`${url}: the infobox is not beside the text`);
            if (Math.abs(where.infobox.top - where.lead.top) > 40)
              problems.push(
                `${url}: the infobox starts at ${Math.round(where.infobox.top)} px, the summary at ${Math.round(where.lead.top)} px`,
              );
          } else if (where.infobox.top < where.first) {
            problems.push(`${url}: the infobox comes before the first paragraph`);
          }
        },
        2,
      );
      expect(problems).toEqual([]);
    },
    120_000,
  );

  test('the primary source’s passages fold to one line that opens them', async () => {
    const { page, close } = await site.open('/movements/nevada-semipalatinsk/', { width: 390, height: 844 });
    const quote = page.locator('details.report-quote');
    expect(await quote.locator('blockquote').first().isVisible()).toBe(false);
    const closed = await quote.boundingBox();
    expect(closed!.height).toBeLessThan(40);
    await quote.locator('summary').click();
    expect(await quote.locator('blockquote').first().isVisible()).toBe(true);
    await close();
  }, 60_000);
});

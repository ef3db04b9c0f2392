// npm run screenshots [path …]: a page of dist/ at desktop (1280×800) and phone (390×844) sizes, light and dark,
// first screen and whole page, plus print (PDF, and PNGs of its pages when pdftoppm is installed), into .screenshots/.
// Run `npm run build` first. For looking at, not for tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveCompressed } from './serve-compressed.ts';

const root = path.resolve('dist');
const out = path.resolve('.screenshots');
mkdirSync(out, { recursive: true });
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/movements/nevada-semipalatinsk/'];
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const server = await serveCompressed(root);
const browser = await launchBrowser();
try {
  for (const p of paths) {
    const name = p.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
    for (const [size, viewport] of Object.entries(sizes)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(new URL(p.slice(1), server.url).href, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: path.join(out, `${name}-${size}-${colorScheme}.png`) });
        await page.screenshot({ path: path.join(out, `${name}-${size}-${colorScheme}-full.png`), fullPage: true });
        // The second and third screens, at full size (the whole page is hard to read once scaled down), as far as
        // the page reaches: a clip below the page's end makes Playwright throw.
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        for (const screen of [2, 3].filter((n) => (n - 1) * viewport.height < pageHeight)) {
          const y = (screen - 1) * viewport.height;
          const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, pageHeight - y) };
          await page.screenshot({
            path: path.join(out, `${name}-${size}-${colorScheme}-${screen}.png`),
            fullPage: true,
            clip,
          });
        }
        await context.close();
      }
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(p.slice(1), server.url).href, { waitUntil: 'load' });
    const pdf = path.join(out, `${name}-print.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    await context.close();
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, `${name}-print`)]);
    } catch {
      console.log('pdftoppm not found: the print version is only the PDF');
    }
    console.log(`${p} → ${out}/${name}-*`);
  }
} finally {
  await browser.close();
  await server.close();
}

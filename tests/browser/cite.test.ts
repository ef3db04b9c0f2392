// Citing in Chromium: print to PDF (A4 and Letter), paragraph links by keyboard, citing a paragraph, copying.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served';

const site = servedSite();

/** The text of a PDF, pages joined, whitespace collapsed (PDF text runs break lines anywhere). */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

describe('print', () => {
  // Text is read back from the PDF itself (unpdf, a build of Mozilla's PDF.js), not from the print DOM.
  for (const format of ['A4', 'Letter'] as const) {
    test(`an entry prints on ${format} with its title, URL, date, version, notes and link addresses, without navigation`, async () => {
      const { page, close } = await site.open('/movements/lad/', { waitUntil: 'networkidle' });
      // The entries cite no outside page in their text yet: add one, to prove that print shows a link's address.
      await page.evaluate(() => {
        const link = Object.assign(document.createElement('a'), {
          href: 'https://example.org/a-source',
          textContent: 'a source',
        });
        document.querySelector('.entry-body > p')!.append(' ', link);
      });
      const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
      const version = await page.textContent('.entry-header code');
      const updated = (await page.textContent('.entry-updated time'))!.trim();
      const firstNote = (await page.textContent('[role="doc-endnotes"] li'))!.replace(/\s+/g, ' ').trim().slice(0, 40);
      // Notes and the report quote name report paragraphs ("excerpt A, ¶4"); any other ¶ on paper would be a permalink.
      const citing = await page.$$eval('[role="doc-endnotes"], .report-quote figcaption', (els) =>
        els.map((e) => e.textContent).join(' '),
      );
      const pilcrowsInNotes = (citing.match(/¶/g) ?? []).length;
      const { pages, text } = await pdfText(await page.pdf({ format, printBackground: false }));
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain('Lad');
      expect(text.replace(/\s/g, '')).toContain(canonical!.replace(/\s/g, ''));
      expect(text).toContain(`Last updated ${updated}`);
      expect(text).toContain(`Version ${version}`);
      expect(text).toContain('Notes');
      expect(text.replace(/\s/g, '')).toContain(firstNote.replace(/\s/g, ''));
      expect(text.replace(/\s/g, '')).toContain('(https://example.org/a-source)');
      // No navigation, skip link, cite box or ¶ signs on paper (paragraph numbers are printed, as numbers).
      expect(text).not.toContain('Skip to content');
      expect(text).not.toContain('Cite this page');
      expect((text.match(/¶/g) ?? []).length).toBe(pilcrowsInNotes);
      // Nor the screen's ways back: "↩", back-link letters, the link to the bibliography.
      expect(text).not.toContain('↩');
      expect(text).not.toContain('also in the bibliography');
      await close();
    });
  }
  test('on paper, notes have no back-links (↩ or letters) and sources no link to the bibliography', async () => {
    const { page, close } = await site.open('/movements/lad/');
    const shown = () =>
      page.$$eval(
        '.notes .backlink, .sources .screen-only',
        (els) => els.filter((el) => getComputedStyle(el).display !== 'none').length,
      );
    expect(await shown()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toBe(0);
    await close();
  });
});

describe('paragraph links and citing a paragraph', () => {
  test('each paragraph shows its number in the left margin at 1440 px, inline at 320 px, and on paper', async () => {
    const { page, close } = await site.open('/movements/lad/', { waitUntil: 'networkidle' });
    await page.setViewportSize({ width: 1440, height: 900 });
    const paragraph = page.locator('.entry-body > p').nth(2);
    const number = paragraph.locator('.para-link');
    expect(await number.textContent()).toBe('3');
    expect(await number.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const [p, n] = [await paragraph.boundingBox(), await number.boundingBox()];
    expect(n!.x + n!.width).toBeLessThanOrEqual(p!.x);
    expect(Math.abs(n!.y - p!.y)).toBeLessThan(12);
    await page.setViewportSize({ width: 320, height: 800 });
    const [p2, n2] = [await paragraph.boundingBox(), await number.boundingBox()];
    expect(n2!.x).toBeGreaterThanOrEqual(p2!.x);
    await page.emulateMedia({ media: 'print' });
    expect(await number.isVisible()).toBe(true);
    await close();
  });
  test('following a paragraph number fills the cite box with the paragraph’s URL', async () => {
    const { page, close } = await site.open('/movements/lad/', { waitUntil: 'networkidle' });
    const id = await page.locator('.entry-body > p').nth(1).getAttribute('id');
    await page.locator(`.entry-body > p#${id} .para-link`).click();
    // The first reference is the page's edition (`cite-as`) while the text is the same, else the page itself.
    // (page.$ does not wait for an element that is not there; getAttribute would.)
    const citeAs = await page.$('link[rel="cite-as"]');
    const cited = citeAs ? await citeAs.getAttribute('href') : await page.getAttribute('link[rel="canonical"]', 'href');
    expect(await page.textContent('#cite-apa')).toContain(`${cited}#${id}`);
    expect(await page.isVisible('#cite .cite-paragraph')).toBe(true);
    await close();
  });
  test('the copy button puts the reference on the clipboard', async () => {
    const { page, close } = await site.open('/movements/lad/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.click('button[data-copy="cite-mla"]');
    await expect.poll(() => page.textContent('#cite-mla + button + .copy-status')).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await page.innerText('#cite-mla')).trim());
    await close();
  });
  test('every reference on /primary-source/, the report’s included, has a visible copy button', async () => {
    const { page, close } = await site.open('/primary-source/');
    await page.waitForSelector('#report-apa + button[data-copy="report-apa"]');
    const lacking = await page.$$eval('.citation-text', (texts) =>
      texts
        .filter((t) => !(t.nextElementSibling as HTMLElement | null)?.matches('button[data-copy]:not([hidden])'))
        .map((t) => t.id),
    );
    expect(lacking).toEqual([]);
    await close();
  });
});

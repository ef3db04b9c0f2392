// Footnotes in the browser: sidenotes, previews, and returning to the reader's place.
import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served';

const site = servedSite();

type Box = { top: number; bottom: number; left: number; right: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('sidenotes', () => {
  test('at 1440 px every note, the infobox and the report quote sit in the margin, clear of the text and of each other', async () => {
    for (const path of ['/movements/nevada-semipalatinsk/', '/movements/alash/', '/context/elections-1994/']) {
      const { page, close } = await site.open(path, { width: 1440 });
      const { notes, text } = await page.evaluate(() => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
        };
        return {
          notes: [...document.querySelectorAll('.sidenote, .infobox, .report-quote')].map(box),
          text: [...document.querySelectorAll('.entry-body > p, .entry-body > ul, .entry-body > h2')].map(box),
        };
      });
      expect(notes.length, path).toBeGreaterThan(0);
      for (const [i, note] of notes.entries()) {
        expect(note.bottom - note.top, `${path} sidenote ${i} is displayed`).toBeGreaterThan(0);
        for (const other of notes.slice(i + 1)) expect(overlaps(note, other), `${path} sidenotes ${i}`).toBe(false);
        for (const block of text) expect(overlaps(note, block), `${path} sidenote ${i} over text`).toBe(false);
      }
      await close();
    }
  });
  test('each note of the text is in the margin once, beside its first mark in the text, with the text of the notes list', async () => {
    for (const path of ['/movements/nevada-semipalatinsk/', '/context/elections-1994/']) {
      const { page, close } = await site.open(path, { width: 1440 });
      const { inText, side } = await page.evaluate(() => {
        const words = (e: Element) => {
          const copy = e.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sidenote-n, [role="doc-backlink"]').forEach((x) => x.remove());
          return copy.textContent!.replace(/\s+/g, ' ').trim();
        };
        const marks = [...document.querySelectorAll<HTMLAnchorElement>('.entry-body a[role="doc-noteref"]')].filter(
          (a) => !a.closest('.entry-timeline'),
        );
        return {
          inText: [...new Set(marks.map((a) => a.textContent))],
          side: [...document.querySelectorAll('.sidenote')].map((s) => {
            const n = s.querySelector('.sidenote-n')!.textContent!;
            const mark = s.parentElement!.querySelector<HTMLAnchorElement>('a[role="doc-noteref"]')!;
            return {
              n,
              mark: mark.textContent,
              first: marks.find((a) => a.textContent === n)?.id === mark.id,
              same: words(s) === words(document.getElementById(`note-${n}`)!),
              links: s.querySelectorAll('a').length,
              hidden: s.getAttribute('aria-hidden'),
            };
          }),
        };
      });
      expect(
        side.map((s) => s.n),
        path,
      ).toEqual(inText);
      for (const s of side)
        expect(s, `${path} sidenote ${s.n}`).toEqual({
          n: s.n,
          mark: s.n,
          first: true,
          same: true,
          links: 0,
          hidden: 'true',
        });
      await close();
    }
  });
  test('at 390 px the sidenotes give way to the numbered notes at the end', async () => {
    const { page, close } = await site.open('/movements/lad/', { width: 390 });
    expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
    expect(await page.locator('[role="doc-endnotes"] li').first().isVisible()).toBe(true);
    await close();
  });
});

describe('note previews (optional JavaScript)', () => {
  test('focusing a reference shows its note without moving the text, and Escape closes it', async () => {
    const { page, close } = await site.open('/movements/lad/', { width: 390 });
    // Position in the document (not the viewport: focusing may scroll).
    const where = () =>
      page
        .locator('.entry-body > p')
        .nth(2)
        .evaluate((p) => {
          const r = p.getBoundingClientRect();
          return { top: r.top + scrollY, left: r.left, width: r.width, height: r.height };
        });
    const before = await where();
    await page.focus('#ref-2');
    const preview = page.locator('.note-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toBe(
      await page.locator('#note-2').evaluate((li) => {
        const copy = li.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[role="doc-backlink"]').forEach((b) => b.remove());
        return copy.textContent;
      }),
    );
    expect(await where()).toEqual(before);
    await page.keyboard.press('Escape');
    expect(await preview.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ref-2');
    await close();
  });
  test('following a note and its back-link returns to the same scroll position', async () => {
    const { page, close } = await site.open('/movements/unity/', { width: 1280 });
    const ref = page.locator('a[role="doc-noteref"]').nth(8);
    await ref.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const y = await page.evaluate(() => window.scrollY);
    const id = await ref.getAttribute('id');
    await ref.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#note-/);
    await page.locator(`[role="doc-backlink"][href="#${id}"]`).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(y, -1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    await close();
  });
  test('without JavaScript every reference still leads to its note', async () => {
    const { page, close } = await site.open('/movements/lad/', { width: 390, javaScriptEnabled: false });
    await page.click('#ref-1');
    expect(new URL(page.url()).hash).toBe('#note-1');
    expect(await page.locator('#note-1').isVisible()).toBe(true);
    await close();
  });
});

// What a page does wrong in the browser: console errors, page errors, failed requests, requests that leave the site.
import type { Page } from 'playwright-core';

/** Starts recording a page's problems; `inside` is the URL prefix every request must stay under. */
export function recordProblems(page: Page, inside: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A navigation cancels what the old page was still loading (ERR_ABORTED): not a fault of the site.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(inside) && problems.push(`outside ${inside}: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return problems;
}

// Chromium or Chrome on this machine (src/build/chromium.ts finds it), driven by playwright-core. Never downloads a browser.
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium.ts';

/** The browser's executable; throws, saying how to get one, when the machine has none. */
export function chromiumPath(purpose = 'This needs Chromium or Chrome'): string {
  const found = findChromium();
  if (found.path === undefined) throw new Error(`${purpose}: ${found.problem}`);
  return found.path;
}

/** The flags every launch uses: headless, as root in a container, with no network of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function launchBrowser(executablePath = chromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

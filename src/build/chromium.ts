/**
 * Where Chromium or Chrome is on this machine (the PDF downloads, the ZIM's illustration and the browser tests need
 * one), and what a build makes without it: `npm start` (LOCAL_BUILD=1) builds the site and the EPUB without the PDFs
 * and the ZIM and says so in one line; `npm run build`, for publishing, fails with the same words. The finder is pure (its candidates, the environment
 * and the file test are parameters); `pdfPlan()` applies it to this machine.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Where each platform installs Chromium or Chrome, in the order they are tried. */
export function chromiumCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [
      env.PROGRAMFILES ?? 'C:\\Program Files',
      env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      ...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : []),
    ];
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google\\Chrome\\Application\\chrome.exe'),
      path.win32.join(root, 'Chromium\\Application\\chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/** A browser found, or why none was. */
export type Found = { path: string } | { path?: undefined; problem: string };

/** How to get a browser: the end of every "not found" message. */
export const HOW_TO_GET_CHROMIUM =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or set CHROMIUM_PATH to its executable.';

/** A file this process may run. */
export function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to use: CHROMIUM_PATH when it is set (an unusable one is "not found", named, and nothing else is
 * tried: a path set on purpose is not silently replaced), otherwise the first candidate that is executable.
 */
export function findChromium({
  env = process.env,
  candidates = chromiumCandidates(process.platform, env),
  isExecutable: runnable = isExecutable,
}: {
  env?: NodeJS.ProcessEnv;
  candidates?: readonly string[];
  isExecutable?: (file: string) => boolean;
} = {}): Found {
  const override = env.CHROMIUM_PATH?.trim();
  if (override) {
    return runnable(override)
      ? { path: override }
      : { problem: `CHROMIUM_PATH=${override} is not an executable file. ${HOW_TO_GET_CHROMIUM}` };
  }
  const found = candidates.find((file) => runnable(file));
  if (found) return { path: found };
  const looked = candidates.length ? `looked for ${candidates.join(', ')}; ` : '';
  return { problem: `No Chromium or Chrome found (${looked}CHROMIUM_PATH is not set). ${HOW_TO_GET_CHROMIUM}` };
}

/**
 * What the downloads of a build are: the PDFs, the EPUB and the ZIM (a browser was found); the EPUB alone (a local
 * build without a browser: `warning` says what was skipped and how to get it); or none, as the build must fail
 * (`error`). The ZIM needs the browser only for its illustration (src/build/zim.ts), but goes with the PDFs.
 */
export type PdfPlan =
  { pdfs: true; browser: string } | { pdfs: false; warning: string } | { pdfs: false; error: string };

/** The plan for a build that found `found`; `local` for `npm start` (LOCAL_BUILD=1), which may go without PDFs. */
export function planPdfs(found: Found, local: boolean): PdfPlan {
  if (found.path !== undefined) return { pdfs: true, browser: found.path };
  return local
    ? { pdfs: false, warning: `PDF and ZIM downloads skipped (the site and the EPUB are built): ${found.problem}` }
    : { pdfs: false, error: `The PDF and ZIM downloads need Chromium or Chrome: ${found.problem}` };
}

/** A build for this machine only, as `npm start` makes it: what the machine cannot make is left out, with a warning. */
export const isLocalBuild = (env: NodeJS.ProcessEnv = process.env): boolean => env.LOCAL_BUILD === '1';

let plan: PdfPlan | undefined;

/** This build's plan, from CHROMIUM_PATH, LOCAL_BUILD and the machine (looked up once per process). */
export function pdfPlan(): PdfPlan {
  plan ??= planPdfs(findChromium(), isLocalBuild());
  return plan;
}

/** Whether this build's pages list and link the PDFs: every build does, except a local one without a browser. */
export const buildHasPdfs = (): boolean => !('warning' in pdfPlan());

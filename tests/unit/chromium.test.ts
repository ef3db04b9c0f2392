// Finding Chromium or Chrome (src/build/chromium.ts) over a made-up file system, and what a build makes without one.
import { describe, expect, test } from 'vitest';
import { chromiumCandidates, findChromium, HOW_TO_GET_CHROMIUM, planPdfs } from '../../src/build/chromium';
import { withoutPdfLinks } from '../../src/features/downloads/model';

const LINUX = chromiumCandidates('linux', {});
const has =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('chromiumCandidates()', () => {
  test('looks where Debian and Ubuntu install Chromium or Chrome, the distribution’s Chromium first', () => {
    expect(LINUX).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ]);
  });

  test('looks in the Applications folders on macOS', () => {
    expect(chromiumCandidates('darwin', { HOME: '/Users/ana' })).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]);
  });

  test('looks in Program Files, Program Files (x86) and the user’s own programs on Windows', () => {
    const windows = chromiumCandidates('win32', { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe');
    expect(chromiumCandidates('win32', { 'PROGRAMFILES(X86)': 'D:\\Apps (x86)' })).toContain(
      'D:\\Apps (x86)\\Google\\Chrome\\Application\\chrome.exe',
    );
  });
});

describe('findChromium()', () => {
  test('takes the first candidate that is there', () => {
    expect(
      findChromium({ env: {}, candidates: LINUX, isExecutable: has('/usr/bin/google-chrome', '/snap/bin/chromium') }),
    ).toEqual({ path: '/usr/bin/google-chrome' });
  });

  test('takes CHROMIUM_PATH before any candidate', () => {
    const isExecutable = has('/opt/chrome/chrome', '/usr/bin/chromium');
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, candidates: LINUX, isExecutable })).toEqual({
      path: '/opt/chrome/chrome',
    });
  });

  test('a CHROMIUM_PATH that is not there is "not found", named, even when a candidate is there', () => {
    const found = findChromium({
      env: { CHROMIUM_PATH: '/nowhere/chromium' },
      candidates: LINUX,
      isExecutable: has('/usr/bin/chromium'),
    });
    expect(found.path).toBeUndefined();
    expect(found).toEqual({
      problem: `CHROMIUM_PATH=/nowhere/chromium is not an executable file. ${HOW_TO_GET_CHROMIUM}`,
    });
  });

  test('an empty CHROMIUM_PATH counts as not set', () => {
    expect(
      findChromium({ env: { CHROMIUM_PATH: ' ' }, candidates: LINUX, isExecutable: has('/usr/bin/chromium') }),
    ).toEqual({ path: '/usr/bin/chromium' });
  });

  test('with nothing found, names every place it looked and how to get a browser', () => {
    const found = findChromium({ env: {}, candidates: LINUX, isExecutable: has() });
    expect('problem' in found && found.problem).toBe(
      'No Chromium or Chrome found (looked for /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, ' +
        '/usr/bin/google-chrome-stable, /snap/bin/chromium; CHROMIUM_PATH is not set). Install Chromium ' +
        '(Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or set CHROMIUM_PATH to its executable.',
    );
  });

  test("on this machine's real file system, pointed at nothing, finds nothing and says how to get a browser", () => {
    // The real file test: /nonexistent is not there, whatever the machine has at /usr/bin/chromium.
    expect(findChromium({ env: {}, candidates: ['/nonexistent/chromium'] })).toEqual({
      problem: `No Chromium or Chrome found (looked for /nonexistent/chromium; CHROMIUM_PATH is not set). ${HOW_TO_GET_CHROMIUM}`,
    });
    expect(findChromium({ env: { CHROMIUM_PATH: '/nonexistent' }, candidates: [] })).toEqual({
      problem: `CHROMIUM_PATH=/nonexistent is not an executable file. ${HOW_TO_GET_CHROMIUM}`,
    });
    // A folder is no browser.
    expect(findChromium({ env: {}, candidates: ['/tmp'] }).path).toBeUndefined();
  });
});

describe('planPdfs()', () => {
  const missing = { problem: 'No Chromium or Chrome found (…).' };
  test('with a browser, every build makes the PDFs with it', () => {
    expect(planPdfs({ path: '/usr/bin/chromium' }, false)).toEqual({ pdfs: true, browser: '/usr/bin/chromium' });
    expect(planPdfs({ path: '/usr/bin/chromium' }, true)).toEqual({ pdfs: true, browser: '/usr/bin/chromium' });
  });
  test('without one, a local build skips them with a warning, and a build for publishing fails with the same words', () => {
    expect(planPdfs(missing, true)).toEqual({
      pdfs: false,
      warning: 'PDF and ZIM downloads skipped (the site and the EPUB are built): No Chromium or Chrome found (…).',
    });
    expect(planPdfs(missing, false)).toEqual({
      pdfs: false,
      error: 'The PDF and ZIM downloads need Chromium or Chrome: No Chromium or Chrome found (…).',
    });
  });
});

describe('withoutPdfLinks()', () => {
  test('unlinks the links to PDFs and keeps their words and every other link', () => {
    const html =
      '<a class="link" href="/downloads/movements-lad.pdf">This entry as PDF</a> · <a class="link" href="/downloads/">Whole work</a>' +
      ' as <a href="/downloads/work.pdf#page=2">PDF</a> or <a href="/downloads/work.epub">EPUB</a>';
    expect(withoutPdfLinks(html)).toBe(
      'This entry as PDF · <a class="link" href="/downloads/">Whole work</a> as PDF or <a href="/downloads/work.epub">EPUB</a>',
    );
  });
});

// Before each file of the build and browser projects: waits for the shared build (tests/setup/build-once.ts) to be
// done, and fails the file with the build's own output when the site does not build.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

const report = inject('buildReport');
// A whole build with its PDFs and ZIM, on a busy 2-core machine, while other test files run: minutes.
const deadline = Date.now() + 30 * 60_000;
while (!existsSync(report)) {
  if (Date.now() > deadline) throw new Error(`The shared build did not finish in 30 minutes (no ${report})`);
  await sleep(500);
}
const result = JSON.parse(readFileSync(report, 'utf8')) as { code: number; output: string };
if (result.code !== 0) throw new Error(`The site does not build:\n${result.output}`);

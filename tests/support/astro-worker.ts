// A child process that runs `astro build` again and again in one Node process: Astro's own build() with the project's
// own config, as the CLI calls it, each time under the environment it is sent (CONTENT_DIR, SITE_URL…), its output
// and its error printed as the CLI prints them, then sent back. Loading Astro, Vite and the integrations once makes
// a build that fails on its content cost a tenth of a fresh `node astro.mjs build` (tests/build/fixtures.test.ts
// runs about sixty). Started by inProcessAstro() in astro-builds.ts; not for the real site's build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';

export interface BuildRequest {
  id: number;
  outDir: string;
  env: Record<string, string>;
}
export interface BuildReply {
  id: number;
  code: number;
  output: string;
}

// The CLI's error report (astro/dist/cli/throw-and-exit.js), from the installed Astro, so that the output reads alike.
const astroDist = (file: string) =>
  import(pathToFileURL(path.join(process.cwd(), 'node_modules/astro/dist', file)).href);
const [{ formatErrorMessage }, { collectErrorMetadata }, { createSafeError }] = await Promise.all([
  astroDist('core/messages/runtime.js'),
  astroDist('core/errors/dev/index.js'),
  astroDist('core/errors/index.js'),
]);

/** Runs `task` with everything written to stdout and stderr kept and returned instead of printed. */
async function captured(task: () => Promise<number>): Promise<{ code: number; output: string }> {
  let output = '';
  const write = (chunk: string | Uint8Array) => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  process.stdout.write = write as typeof process.stdout.write;
  process.stderr.write = write as typeof process.stderr.write;
  try {
    const code = await task();
    return { code, output };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

/** The environment of this build alone: what was set for the one before is gone. */
function setEnv(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
}

process.on('message', async (request: BuildRequest) => {
  setEnv(request.env);
  const result = await captured(async () => {
    try {
      await build({ outDir: request.outDir });
      return 0;
    } catch (error) {
      console.error(formatErrorMessage(collectErrorMetadata(createSafeError(error)), true));
      return 1;
    }
  });
  process.send!({ id: request.id, ...result } satisfies BuildReply);
});

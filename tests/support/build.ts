// Runs `astro build` and then `pagefind` in child processes (under the project's Node 24) with their own output and cache.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Content folder to build instead of content/ (fixtures). */
  contentDir?: string;
  env?: Record<string, string>;
  /** Print the PDFs and make the EPUB (scripts/downloads.ts), as `npm run build` does; default true. */
  downloads?: boolean;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Variables Vitest puts in process.env from its own Vite config (BASE_URL="/", MODE="test"…). Inherited by
 * the build, they would override Astro's own `import.meta.env` (BASE_URL="/" would undo BASE_PATH).
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/;

/** The environment for a child build: this process's, without what Vitest added. */
export function buildEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => !VITEST_ENV.test(e[0]) && e[1] !== undefined),
  );
}

/** Builds the site as `npm run build` does: Astro, the downloads (PDF, EPUB), then the Pagefind search index of the output. */
export async function buildSite(options: BuildOptions): Promise<{ code: number; output: string }> {
  const env = {
    ...buildEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    // Tests build for the local address explicitly: a production build without SITE_URL is refused.
    SITE_URL: 'http://127.0.0.1:4321',
    ASTRO_CACHE_DIR: options.cacheDir,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
    ...options.env,
  };
  const astro = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  const build = await run([astro, 'build', '--outDir', options.outDir], env);
  if (build.code !== 0) return build;
  let output = build.output;
  if (options.downloads ?? true) {
    const downloads = await run([path.join(PROJECT_ROOT, 'scripts/downloads.ts'), options.outDir], env);
    output += downloads.output;
    if (downloads.code !== 0) return { code: downloads.code, output };
  }
  const pagefind = path.join(PROJECT_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  const index = await run([pagefind, '--site', options.outDir], env);
  return { code: index.code, output: output + index.output };
}

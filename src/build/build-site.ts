// Runs `astro build`, the downloads, the ZIM and then `pagefind` in child processes (under the project's Node 24) with their own output and cache.
// Astro builds of this checkout run one at a time (withBuildLock), whichever process starts them.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The Astro step of a build: `astro build` into `outDir` under `env`, its exit code and its output. */
export type AstroBuild = (outDir: string, env: Record<string, string>) => Promise<{ code: number; output: string }>;

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Content folder to build instead of content/ (fixtures). */
  contentDir?: string;
  env?: Record<string, string>;
  /**
   * Print the PDFs, make the EPUB (src/build/downloads.ts) and the ZIM (src/build/zim.ts, which skips itself without
   * python3-libzim), as `npm run build` does; default true.
   */
  downloads?: boolean;
  /** Where the Astro step runs: by default `node astro.mjs build`, as `npm run build` runs it. */
  astro?: AstroBuild;
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

/** The lock of this checkout's Astro builds (a folder: making one is atomic), holding the holder's process id. */
const BUILD_LOCK = path.join(
  os.tmpdir(),
  `kz-build-${createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12)}.lock`,
);

/** Whether a lock was left by a process that is gone (or, without its id, is older than ten minutes). */
function staleLock(): boolean {
  try {
    process.kill(Number(readFileSync(path.join(BUILD_LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    try {
      return Date.now() - statSync(BUILD_LOCK).mtimeMs > 600_000;
    } catch {
      return false;
    }
  }
}

/**
 * Runs `task` while no other Astro build of this checkout runs. Every Astro build writes the project's one `.astro/`
 * folder (content-modules.mjs maps the entries of the content it builds): two at once, from test files run side by
 * side, would build each other's content. A build waits for the one before it to finish.
 */
export async function withBuildLock<T>(task: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (staleLock()) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    writeFileSync(path.join(BUILD_LOCK, 'pid'), String(process.pid));
    return await task();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** `astro build` as `npm run build` runs it: the CLI, in a process of its own. */
const astroCli: AstroBuild = (outDir, env) =>
  run([path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env);

/** Builds the site as `npm run build` does: Astro, the downloads (PDF, EPUB, ZIM), then the Pagefind search index of the output. */
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
  const astro = options.astro ?? astroCli;
  const build = await withBuildLock(() => astro(options.outDir, env));
  if (build.code !== 0) return build;
  let output = build.output;
  if (options.downloads ?? true) {
    for (const tool of ['src/build/downloads.ts', 'src/build/zim.ts']) {
      const step = await run([path.join(PROJECT_ROOT, tool), options.outDir], env);
      output += step.output;
      if (step.code !== 0) return { code: step.code, output };
    }
  }
  const pagefind = path.join(PROJECT_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  const index = await run([pagefind, '--site', options.outDir], env);
  return { code: index.code, output: output + index.output };
}

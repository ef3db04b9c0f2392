// Runs `astro build` in a child process (under the project's Node 24) with its own output and cache.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Content folder to build instead of content/ (fixtures). */
  contentDir?: string;
  env?: Record<string, string>;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export function buildSite(options: BuildOptions): Promise<{ code: number; output: string }> {
  const astro = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', options.outDir], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_CACHE_DIR: options.cacheDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
        ...options.env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

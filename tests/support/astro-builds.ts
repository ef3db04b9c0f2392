// Many Astro builds in a row for the broken-content fixtures (tests/build/fixtures.test.ts): each runs Astro's build()
// with the project's config, as the CLI does, but all in one child process (astro-worker.ts), which loads Astro, Vite
// and the integrations once instead of once per build.
import { fork } from 'node:child_process';
import path from 'node:path';
import { buildEnv, PROJECT_ROOT, type AstroBuild } from '../../src/build/build-site';
import type { BuildReply, BuildRequest } from './astro-worker';

/** An Astro step for buildSite({ astro }) whose builds share one process; close() ends it. Builds still run one at a time. */
export function inProcessAstro(): { build: AstroBuild; close: () => void } {
  let worker: ReturnType<typeof fork> | undefined;
  let next = 0;
  const waiting = new Map<number, (reply: { code: number; output: string }) => void>();
  const start = () => {
    let stderr = '';
    const child = fork(path.join(PROJECT_ROOT, 'tests/support/astro-worker.ts'), {
      cwd: PROJECT_ROOT,
      env: buildEnv(),
      execArgv: [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('message', (reply: BuildReply) => {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
    child.on('exit', (code) => {
      for (const done of waiting.values()) done({ code: code || 1, output: `The build process exited:\n${stderr}` });
      waiting.clear();
      worker = undefined;
    });
    return child;
  };
  return {
    build: (outDir, env) =>
      new Promise((resolve) => {
        worker ??= start();
        const id = next++;
        waiting.set(id, resolve);
        worker.send({ id, outDir, env } satisfies BuildRequest);
      }),
    close: () => {
      worker?.kill();
    },
  };
}

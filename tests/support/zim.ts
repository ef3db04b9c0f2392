// The ZIM files of a build, read with the real tools: zimcheck and zimdump (zim-tools), kiwix-serve (kiwix-tools),
// and libzim's own reader (python3-libzim) for the metadata, which zimdump 3.1 does not show.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';

const exec = promisify(execFile);
const PYTHON = process.env.ZIM_PYTHON ?? '/usr/bin/python3';

/** Fails with the package to install when a tool is missing, as the Chromium and EPUBCheck tests do. */
function need(tool: string, pkg: string): void {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    throw new Error(`The ZIM tests need ${tool}. Install it with: sudo apt-get install -y ${pkg}`);
  }
}

/** Each ZIM file /downloads/ lists, with its language and edition, as a path in the build. */
export function zimsOf(dist: string): { lang: string; edition: string; file: string }[] {
  const $ = load(readFileSync(path.join(dist, 'downloads/index.html'), 'utf8'));
  return $('a[data-download="zim"]')
    .toArray()
    .map((a) => ({
      lang: $(a).attr('data-lang')!,
      edition: $(a).attr('data-edition')!,
      file: path.join(dist, 'downloads', path.basename($(a).attr('href')!)),
    }));
}

/** zimcheck with all its checks, as JSON: `status` false on any error, `logs` every message. */
export async function zimcheck(file: string): Promise<{ status: boolean; checks: string[]; logs: unknown[] }> {
  need('zimcheck', 'zim-tools');
  const { stdout } = await exec('zimcheck', ['-A', '-J', file], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string }) => error,
  );
  return JSON.parse(stdout) as { status: boolean; checks: string[]; logs: unknown[] };
}

/** Every entry path of the file (redirects included). */
export async function zimEntries(file: string): Promise<string[]> {
  need('zimdump', 'zim-tools');
  const { stdout } = await exec('zimdump', ['list', file], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\n').filter(Boolean);
}

/** The file's metadata as libzim reads it; the illustration as its bytes in base64. */
export async function zimMetadata(file: string): Promise<Record<string, string>> {
  const script = `import base64, json, sys
from libzim.reader import Archive
a = Archive(sys.argv[1])
out = {}
for key in a.metadata_keys:
    value = bytes(a.get_metadata(key))
    out[key] = base64.b64encode(value).decode() if key.startswith("Illustration") else value.decode()
print(json.dumps(out))`;
  const { stdout } = await exec(PYTHON, ['-c', script, file]).catch(() => {
    throw new Error(`The ZIM tests read metadata with ${PYTHON} and libzim: sudo apt-get install -y python3-libzim`);
  });
  return JSON.parse(stdout) as Record<string, string>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves one ZIM file with kiwix-serve on 127.0.0.1 (a free port). `url` is the server's root; the book's pages are
 * under `<url><book>/`. kiwix-serve is told to exit with this process (`-a`), so that no test leaves it running.
 */
export async function kiwixServe(file: string): Promise<{ url: string; book: string; close: () => Promise<void> }> {
  need('kiwix-serve', 'kiwix-tools');
  const port = await freePort();
  const child = spawn('kiwix-serve', ['-i', '127.0.0.1', '-p', String(port), '-a', String(process.pid), file], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  // On a busy machine it takes a few seconds to open the file and listen.
  for (const started = Date.now(); ;) {
    if (child.exitCode !== null) throw new Error(`kiwix-serve exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() - started > 60_000) throw new Error('kiwix-serve did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    book: path.basename(file, '.zim'),
    close: async () => {
      child.kill();
      await exited;
    },
  };
}

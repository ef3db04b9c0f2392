// A static file server for the built site on 127.0.0.1, as a plain CDN would serve it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TYPES } from './content-types.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../hosting/host-files.ts';

/**
 * Serves `root` under `base` ("/" or "/kz/"); unknown paths get 404.html with status 404.
 * With `headers`, each response also gets the headers the build's `_headers` file gives its path, as a CDN would.
 * The file is read at the first request, so that a server may start before the build it serves is done (the
 * browser tests' shared server, tests/setup/browser.ts).
 */
export async function serve(
  root: string,
  base = '/',
  options: { headers?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  let rules: HeaderRule[] | undefined;
  const headerRules = () =>
    (rules ??= options.headers ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8')) : []);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = path.join(root, pathname.slice(base.length));
      if (candidate.startsWith(root) && existsSync(candidate)) {
        file = statSync(candidate).isDirectory() ? path.join(candidate, 'index.html') : candidate;
        if (!existsSync(file)) file = undefined;
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    res.writeHead(status, {
      ...headersFor(headerRules(), pathname),
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// The built site served as a static host serves it: brotli or gzip, hashed assets cached for a year.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TYPES } from './content-types.ts';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.svg', '.json', '.xml', '.txt']);

export async function serveCompressed(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined = path.join(root, pathname);
    if (!file.startsWith(root) || !existsSync(file)) file = undefined;
    else if (statSync(file).isDirectory())
      file = existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    const ext = path.extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    };
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accept)) {
      body = brotliCompressSync(body);
      headers['content-encoding'] = 'br';
    } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept)) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length), vary: 'accept-encoding' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

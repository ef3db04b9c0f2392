// robots.txt: everything may be crawled; the sitemap is named by its full address.
import type { APIRoute } from 'astro';
import { withBase } from '../shared/base';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

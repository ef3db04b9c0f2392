// The Atom feed of movement and context entries, newest revision first.
import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { getContextEntries, getMovements } from '../collections';
import { atomFeed } from '../features/feed/model';
import { withBase } from '../shared/base';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const movements = (await getMovements()).map((m) => ({ entry: m, path: `movements/${m.id}/` }));
  const context = (await getContextEntries()).map((c) => ({ entry: c, path: `context/${c.id}/` }));
  const body = atomFeed({
    title: SITE.title,
    subtitle: 'New and revised entries.',
    author: SITE.author,
    home: absolute(''),
    self: absolute('feed.xml'),
    entries: [...movements, ...context].map(({ entry, path }) => ({
      url: absolute(path),
      title: entry.data.title,
      summary: entry.data.summary,
      updated: entry.data.updated,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

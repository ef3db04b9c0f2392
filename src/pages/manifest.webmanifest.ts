// The web app manifest: name, icon and start page, all under the base path.
import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { withBase } from '../shared/base';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: SITE.title,
        short_name: SITE.shortTitle,
        description: SITE.description,
        lang: SITE.lang,
        start_url: withBase(''),
        scope: withBase(''),
        display: 'browser',
        background_color: '#fafaf9',
        theme_color: '#fafaf9',
        icons: [{ src: withBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );

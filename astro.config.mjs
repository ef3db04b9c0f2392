// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { rehypeParagraphIds } from './src/plugins/rehype-paragraph-ids.ts';
import { remarkEntryLinks } from './src/plugins/remark-entry-links.ts';
import { remarkNotes } from './src/plugins/remark-notes.ts';
import { hosting } from './src/integrations/hosting.ts';
import { infoboxCites } from './src/lib/facts.ts';
import { joinBase } from './src/lib/url.ts';
import { REDIRECTS } from './src/redirects.ts';

// Where the site is published. Both are read at build time; the defaults serve it locally.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Every URL ends in a slash and every page is a folder with index.html: works on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The unified (remark/rehype) processor, chosen because our build-time document transforms
  // (checked entry links, footnote numbering, paragraph ids) are remark/rehype plugins. MDX inherits it.
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkEntryLinks, { base }], [remarkNotes, { base, frontmatterCites: infoboxCites }]],
      rehypePlugins: [rehypeParagraphIds],
    }),
  },
  // Lossless whitespace compression: Astro 7's default ('jsx') drops the space between a word and a
  // link that starts the next source line ("a short<a>primary source</a>").
  compressHTML: true,
  // Old URLs that moved: each becomes a static page that forwards (and a 301 in _redirects, see hosting()).
  // Astro places the page under the base but takes the destination as written, so it gets the base here.
  redirects: Object.fromEntries(Object.entries(REDIRECTS).map(([from, to]) => [from, joinBase(base, to)])),
  integrations: [
    mdx(),
    // The sitemap lists pages with content: not redirects, not the search page.
    sitemap({ filter: (page) => !page.endsWith('/search/') && !Object.keys(REDIRECTS).some((from) => page.endsWith(from)) }),
    hosting({ redirects: REDIRECTS }),
  ],
  // assetsInlineLimit 0: scripts ship as files (cacheable, and no inline script for the CSP to allow).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // Tests build fixture sites side by side; each needs its own content-layer cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});

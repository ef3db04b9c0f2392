// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { rehypeParagraphIds } from './src/features/paragraphs/rehype-paragraph-ids.ts';
import { remarkEntryLinks } from './src/features/links/remark-entry-links.ts';
import { remarkNotes } from './src/features/notes/remark-notes.ts';
import { contentRules } from './src/checks/content-rules.ts';
import { hosting } from './src/hosting/integration.ts';
import { readBasePath, readSiteUrl, SITE_URL_MISSING } from './src/hosting/site-env.ts';
import { remarkContentGuard } from './src/checks/remark-content-guard.ts';
import { infoboxCites, timelineCites } from './src/features/notes/facts.ts';
import { joinBase } from './src/shared/url.ts';
import { linkLocale, translationOf } from './src/features/i18n/translation-file.ts';
import { MOVED_FILES, REDIRECTS } from './src/hosting/redirects.ts';

// Where the site is published. Both are read at build time and checked (src/hosting/site-env.ts); the
// defaults serve it locally, and a production build without SITE_URL is refused (see siteUrlRequired).
const site = readSiteUrl(process.env.SITE_URL);
const base = readBasePath(process.env.BASE_PATH);

/** Astro's own name for a browser chunk (`_astro/<name>.[hash].js`), with a feature's `client.ts` named for the feature. @param {import('rolldown').PreRenderedChunk} chunk */
function clientChunkFileName(chunk) {
  const client = chunk.moduleIds.map((id) => /\/features\/([\w-]+)\/client\.ts$/.exec(id)?.[1]).find(Boolean);
  const name = chunk.name === 'client' && client ? client : chunk.name;
  return `_astro/${name.replace(/[^\w.\-/]/g, '_')}.[hash].js`;
}

/** `astro build` needs the public address; `astro dev` and `astro preview` serve locally. @type {import('astro').AstroIntegration} */
const siteUrlRequired = {
  name: 'kz-site-url-required',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'build' && !process.env.SITE_URL?.trim()) throw new Error(SITE_URL_MISSING);
    },
  },
};

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
      // The guard runs first: an entry that tries to run code fails before anything else reads it.
      remarkPlugins: [
        remarkContentGuard,
        // A translation (content/translations/) links to pages in its language where they exist, and its notes take
        // the original's front-matter cites with their quotes' translations in the page's language.
        [remarkEntryLinks, { base, locale: linkLocale }],
        [remarkNotes, { base, frontmatterCites: infoboxCites, afterCites: timelineCites, translation: translationOf }],
      ],
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
    siteUrlRequired,
    mdx(),
    // The sitemap lists pages with content: not redirects, not the search page, not edition copies (noindex).
    sitemap({
      filter: (page) =>
        !page.endsWith('/search/') &&
        !/\/editions\/[^/]+\//.test(page) &&
        !Object.keys(REDIRECTS).some((from) => page.endsWith(from)),
    }),
    hosting({ redirects: REDIRECTS, movedFiles: MOVED_FILES }),
    // Every content rule, before anything is built (and again on each save in dev); last, so that its
    // check of the published URLs after the build sees the sitemap and the host's files.
    contentRules({ redirects: REDIRECTS }),
  ],
  // assetsInlineLimit 0: scripts ship as files (cacheable, and no inline script for the CSP to allow).
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
    // A feature's browser module is its client.ts: a shared chunk made of one is named for its feature
    // (`_astro/notes.[hash].js`), as a reader of the page's sources would look for it, not "client".
    environments: { client: { build: { rolldownOptions: { output: { chunkFileNames: clientChunkFileName } } } } },
  },
  // Tests build fixture sites side by side; each needs its own content-layer cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});

// The URLs a build publishes: the build itself checks them (src/lib/published-urls.ts); tests read them the same way.
export { parseUrlList, publishedUrls } from '../../src/lib/published-urls.ts';

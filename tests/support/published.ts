// The URLs a build publishes: the build itself checks them (src/hosting/published-urls.ts); tests read them the same way.
export { parseUrlList, publishedUrls } from '../../src/hosting/published-urls.ts';

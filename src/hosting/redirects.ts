/**
 * Permanent redirects, old site path → new site path (both without the base path, ending in "/").
 * A published URL (tests/published-urls.txt) may only leave the site with an entry here. Each is emitted
 * twice: as a static page that forwards the reader (Astro's `redirects`), and as a 301 in `_redirects`.
 */
export const REDIRECTS: Record<string, string> = {
  // The movement's Latin name is Edinstvo (Russian «Единство», "Unity"); readers may guess the URL from it.
  '/movements/edinstvo/': '/movements/unity/',
  // The spectrum of the movements was published at /map/ as "Map of the movements"; /places/ is the geographic map.
  // The old address keeps meaning the diagram it named, so that no link or citation of it changes its meaning.
  '/map/': '/spectrum/',
};

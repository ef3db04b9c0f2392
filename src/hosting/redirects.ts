/**
 * Permanent redirects, old site path → new site path (both without the base path, ending in "/").
 * A published URL (tests/published-urls.txt) may only leave the site with an entry here. Each is emitted
 * twice: as a static page that forwards the reader (Astro's `redirects`), and as a 301 in `_redirects`.
 * A published file (not a page) that moved is in MOVED_FILES instead.
 */

/**
 * Entries that moved from one section to another, with the editions that stored them at their old address. Every
 * address they had stays: the page, its history and its comparisons with those editions forward to the new ones
 * (REDIRECTS), and its files are served at the old address too (MOVED_FILES). Stored editions keep their copies where
 * they are; the live site names the new address (src/data/editions.ts).
 */
export const MOVED_ENTRIES: { id: string; from: string; to: string; editions: string[] }[] = [
  // Issue 22: movements and parties are one collection; these four were context entries until December 2026.
  { id: 'azat', from: 'context', to: 'movements', editions: ['2026-11'] },
  { id: 'national-congress', from: 'context', to: 'movements', editions: ['2026-11'] },
  { id: 'peoples-unity', from: 'context', to: 'movements', editions: ['2026-11'] },
  { id: 'republican-party', from: 'context', to: 'movements', editions: ['2026-11'] },
];

/** The pages of a moved entry: the page itself, its history, and each comparison of a stored edition with the live page. */
function movedPages({ id, from, to, editions }: (typeof MOVED_ENTRIES)[number]): [string, string][] {
  const pages = ['', 'history/', ...editions.map((e) => `history/compare/${e}/live/`)];
  return pages.map((page) => [`/${from}/${id}/${page}`, `/${to}/${id}/${page}`]);
}

export const REDIRECTS: Record<string, string> = {
  // The movement's Latin name is Edinstvo (Russian «Единство», "Unity"); readers may guess the URL from it.
  '/movements/edinstvo/': '/movements/unity/',
  // The spectrum of the movements was published at /map/ as "Map of the movements"; /places/ is the geographic map.
  // The old address keeps meaning the diagram it named, so that no link or citation of it changes its meaning.
  '/map/': '/spectrum/',
  ...Object.fromEntries(MOVED_ENTRIES.flatMap(movedPages)),
};

/**
 * Published files that moved, old site path → new: a moved entry's citation files, its linked data and its PDF. A
 * static host cannot forward a file without rules of its own, so each is also written at its old address, a copy of
 * the file at its new one (src/integrations/hosting.ts; the PDFs in scripts/downloads.ts), and `_redirects` gives a
 * 301 for hosts that follow it.
 */
export const MOVED_FILES: Record<string, string> = Object.fromEntries(
  MOVED_ENTRIES.flatMap(({ id, from, to }): [string, string][] => [
    ...['cite.bib', 'cite.json', 'cite.ris', 'data.jsonld'].map((f): [string, string] => [
      `/${from}/${id}/${f}`,
      `/${to}/${id}/${f}`,
    ]),
    [`/downloads/${from}-${id}.pdf`, `/downloads/${to}-${id}.pdf`],
  ]),
);

/** A site path ("context/azat/") as it is now ("movements/azat/"): where a moved entry lives; any other path as it is. */
export function currentPath(path: string): string {
  const moved = MOVED_ENTRIES.find((m) => path === `${m.from}/${m.id}/`);
  return moved ? `${moved.to}/${moved.id}/` : path;
}

/** The site paths a page had before it moved ("movements/azat/" → ["context/azat/"]); none for a page that never moved. */
export function formerPaths(path: string): string[] {
  return MOVED_ENTRIES.filter((m) => path === `${m.to}/${m.id}/`).map((m) => `${m.from}/${m.id}/`);
}

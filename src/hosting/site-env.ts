/** Where the site is published, read from SITE_URL and BASE_PATH: checked and normalised once, or refused with a reason. */

/** The address `npm start`, `npm run dev` and the tests serve the site at. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** Characters a folder name may use without percent-encoding in URLs, `_redirects` and `_headers`. */
const SAFE_PATH = /^[A-Za-z0-9._~/-]*$/;

/**
 * The origin for canonical URLs, the sitemap and the feed. Only an origin: a folder in it would be
 * dropped by Astro, so it belongs in BASE_PATH.
 */
export function readSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return LOCAL_SITE;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL="${value}" is not an address: write the origin, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL="${value}": use an https:// address, e.g. SITE_URL=https://example.org`);
  if (url.pathname !== '/' || url.search || url.hash) {
    const folder = url.pathname.replace(/\/?$/, '/');
    throw new Error(
      `SITE_URL="${value}" has a path: give the origin alone and the folder as BASE_PATH: SITE_URL=${url.origin} BASE_PATH=${folder}`,
    );
  }
  return url.origin;
}

/**
 * The folder the site lives in, as "/" or "/kz/": slashes are added where missing ("kz" → "/kz/");
 * characters that would need percent-encoding (a space, "%", "?") are refused, so that links,
 * `_redirects` and `_headers` all name the same path.
 */
export function readBasePath(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (!SAFE_PATH.test(raw)) {
    throw new Error(
      `BASE_PATH="${value}": use only letters, digits, "-", "_", ".", "~" and "/" (a space or "%" would have to be encoded differently by links and by the host's files), e.g. BASE_PATH=/kz/`,
    );
  }
  const segments = raw.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..'))
    throw new Error(`BASE_PATH="${value}": "." and ".." are not folder names`);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** The message for a production build without SITE_URL. */
export const SITE_URL_MISSING =
  'SITE_URL is not set, so canonical URLs, the sitemap, the feed and every citation would point at ' +
  `${LOCAL_SITE}. Set the public address for the build: SITE_URL=https://example.org npm run build ` +
  '(on a host, as an environment variable of the build). To build and view the site locally, run npm start.';

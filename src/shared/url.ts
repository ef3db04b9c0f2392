/** Joins the site's base path and a site-relative path: the one way internal URLs are made. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.startsWith('/') ? path.slice(1) : path;
  return `${head.startsWith('/') ? head : `/${head}`}${tail}`;
}

/** The files static hosts read beside the site: `_headers` and `_redirects` (Netlify and Cloudflare Pages format). */
import { joinBase } from '../shared/url.ts';

export interface HeaderRule {
  /** A URL path; a final `*` matches any rest of the path. */
  path: string;
  headers: [name: string, value: string][];
}

/** Hashed build assets never change under their name; pages must be re-checked on every visit. */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Path patterns that cover the given pages (site-relative: "", "404.html", "movements/lad/"): one per
 * top-level folder, so the count stays small as pages are added (Cloudflare Pages reads at most 100 rules).
 * Pages are folders of index.html, so these folders hold pages only.
 */
export function pagePatterns(pages: string[]): string[] {
  return [...new Set(pages.map((page) => (page.includes('/') ? `${page.split('/')[0]}/*` : page)))].sort();
}

/**
 * Every rule the site needs. No two rules that can match one URL set the same header,
 * because hosts join repeated values with commas instead of choosing one.
 */
export function headerRules(options: { base: string; csp: string; pages: string[] }): HeaderRule[] {
  const { base, csp, pages } = options;
  return [
    {
      path: joinBase(base, '*'),
      headers: [
        ['Content-Security-Policy', csp],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
      ],
    },
    { path: joinBase(base, '_astro/*'), headers: [['Cache-Control', CACHE.immutable]] },
    // Pagefind's entry file names the current index fragments; a stale copy would ask for deleted ones.
    { path: joinBase(base, 'pagefind/*'), headers: [['Cache-Control', CACHE.revalidate]] },
    ...pagePatterns(pages).map((page): HeaderRule => ({
      path: joinBase(base, page),
      headers: [['Cache-Control', CACHE.revalidate]],
    })),
  ];
}

/** Renders rules in the `_headers` format: a path, then indented `Name: value` lines. */
export function headersFile(rules: HeaderRule[]): string {
  return rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** Reads a `_headers` file back (the test server applies it as a host would). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a request path gets: those of every matching rule, repeated names joined with commas. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** Renders redirects (site-relative paths, old → new) in the `_redirects` format, as permanent (301). */
export function redirectsFile(redirects: Record<string, string>, base: string): string {
  return (
    Object.entries(redirects)
      .map(([from, to]) => `${joinBase(base, from)} ${joinBase(base, to)} 301`)
      .join('\n') + '\n'
  );
}

/** What a page's HTML says about its editions, for the `Link` and Memento headers. */
export interface PageLinks {
  /** Site-relative page path ("movements/lad/"). */
  page: string;
  /** A live page's latest edition (its `<link rel="cite-as">`). */
  citeAs?: string | undefined;
  /** An edition's page: the live page it is a copy of, and when the copy was made (HTTP date). */
  original?: string | undefined;
  datetime?: string | undefined;
}

/**
 * Per-page rules announcing editions (RFC 8574 `cite-as` on live pages; Memento, RFC 7089, on edition
 * pages: `Memento-Datetime` and `Link: <live>; rel="original"`). They come last: Cloudflare Pages reads
 * only the first 100 rules, and the site's security and caching rules must never be the ones dropped.
 */
export function editionRules(base: string, links: PageLinks[]): HeaderRule[] {
  const live = links
    .filter((l) => l.citeAs)
    .map((l): HeaderRule => ({ path: joinBase(base, l.page), headers: [['Link', `<${l.citeAs}>; rel="cite-as"`]] }));
  const copies = links
    .filter((l) => l.original && l.datetime)
    .sort((a, b) => b.page.localeCompare(a.page))
    .map((l): HeaderRule => ({
      path: joinBase(base, l.page),
      headers: [
        ['Memento-Datetime', l.datetime!],
        ['Link', `<${l.original}>; rel="original"`],
      ],
    }));
  return [...live.sort((a, b) => a.path.localeCompare(b.path)), ...copies];
}

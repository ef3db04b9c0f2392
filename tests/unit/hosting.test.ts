import { describe, expect, test } from 'vitest';
import { atomFeed, sortEntries } from '../../src/features/feed/model';
import { contentSecurityPolicy, inlineCode, sha256Source } from '../../src/hosting/csp';
import {
  CACHE,
  headerRules,
  headersFile,
  headersFor,
  pagePatterns,
  parseHeadersFile,
  redirectsFile,
} from '../../src/hosting/host-files';

describe('sha256Source()', () => {
  test('hashes the exact text, as browsers do for inline code', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(sha256Source('a')).not.toBe(sha256Source('a '));
  });
});

describe('inlineCode()', () => {
  test('finds inline scripts the browser runs, not external scripts or data blocks', () => {
    const html = `<script type="module">go()</script><script src="/a.js"></script>
      <script type="application/ld+json">{"@type":"Thing"}</script><script>plain()</script><style>p{}</style>`;
    expect(inlineCode(html)).toEqual({ scripts: ['go()', 'plain()'], styles: ['p{}'], attributes: [], inMain: [] });
  });
  test('never hashes inline code inside <main>, where content is rendered: it is reported instead', () => {
    const code = inlineCode(
      '<head><script>site()</script></head><body><main><script>document.title="x"</script><style>body{display:none}</style></main></body>',
    );
    expect(code.scripts).toEqual(['site()']);
    expect(code.styles).toEqual([]);
    expect(code.inMain).toEqual(['<script>document.title="x"', '<style>body{display:none}']);
  });
  test('reports event handlers and style attributes, which hashes cannot allow', () => {
    expect(inlineCode('<button onclick="x()">x</button><p style="color:red">y</p>').attributes).toEqual([
      '<button onclick>',
      '<p style>',
    ]);
  });
});

describe('contentSecurityPolicy()', () => {
  const csp = contentSecurityPolicy({ scripts: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styles: [] });
  test('allows inline scripts by hash only, once each, and WebAssembly for Pagefind', () => {
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/[^-]unsafe-eval/);
  });
  test('names no other origin and forbids framing', () => {
    expect(csp).not.toMatch(/https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe('pagePatterns()', () => {
  test('covers pages by top-level folder, so the rule count does not grow with the pages', () => {
    expect(pagePatterns(['', '404.html', 'movements/', 'movements/lad/', 'movements/unity/', 'glossary/'])).toEqual([
      '',
      '404.html',
      'glossary/*',
      'movements/*',
    ]);
  });
});

describe('headerRules()', () => {
  const rules = headerRules({
    base: '/kz/',
    csp: "default-src 'self'",
    pages: ['', 'movements/', 'movements/lad/', '404.html'],
  });
  test('gives hashed assets a year and pages a check on every visit, under the base path', () => {
    expect(headersFor(rules, '/kz/_astro/Base.abc123.css')['cache-control']).toBe(CACHE.immutable);
    expect(headersFor(rules, '/kz/movements/lad/')['cache-control']).toBe(CACHE.revalidate);
    expect(headersFor(rules, '/kz/movements/')['cache-control']).toBe(CACHE.revalidate);
    expect(headersFor(rules, '/kz/')['cache-control']).toBe(CACHE.revalidate);
    expect(headersFor(rules, '/kz/pagefind/pagefind.js')['cache-control']).toBe(CACHE.revalidate);
  });
  test('sends the policy with every response', () => {
    for (const path of ['/kz/', '/kz/_astro/x.js', '/kz/feed.xml']) {
      expect(headersFor(rules, path)['content-security-policy'], path).toBe("default-src 'self'");
    }
  });
  test('never sets one header twice on a path (hosts would join the values with a comma)', () => {
    for (const path of ['/kz/', '/kz/_astro/x.js', '/kz/pagefind/x', '/kz/movements/lad/', '/kz/404.html']) {
      const set = rules
        .filter((r) => Object.keys(headersFor([r], path)).length)
        .flatMap((r) => r.headers.map(([n]) => n));
      expect(new Set(set).size, path).toBe(set.length);
    }
  });
  test('round-trips through the _headers format', () => {
    const text = headersFile(rules);
    expect(text).toMatch(/^\/kz\/\*\n {2}Content-Security-Policy: default-src 'self'\n/);
    expect(parseHeadersFile(text)).toEqual(rules);
  });
});

describe('redirectsFile()', () => {
  test('writes one permanent redirect a line, both paths under the base', () => {
    expect(redirectsFile({ '/old/': '/new/', '/a/': '/b/' }, '/kz/')).toBe(
      '/kz/old/ /kz/new/ 301\n/kz/a/ /kz/b/ 301\n',
    );
  });
});

describe('atomFeed()', () => {
  const entry = (title: string, day: string) => ({
    url: `https://example.org/${title}/`,
    title,
    summary: `About ${title} & <others>.`,
    updated: new Date(day),
  });
  const xml = atomFeed({
    title: 'Site',
    subtitle: 'New',
    author: 'The editors',
    home: 'https://example.org/',
    self: 'https://example.org/feed.xml',
    entries: [entry('b', '2026-01-01'), entry('a', '2026-03-01'), entry('c', '2026-01-01')],
  });
  test('lists the newest revision first, then by title', () => {
    expect([...xml.matchAll(/<entry>\s*<id>([^<]+)/g)].map((m) => m[1])).toEqual([
      'https://example.org/a/',
      'https://example.org/b/',
      'https://example.org/c/',
    ]);
    expect(sortEntries([entry('z', '2026-01-01'), entry('y', '2026-01-02')]).map((e) => e.title)).toEqual(['y', 'z']);
  });
  test('dates the feed by its newest entry and escapes text', () => {
    expect(xml).toContain('<updated>2026-03-01T00:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<summary>About a &amp; &lt;others&gt;.</summary>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
  });
});

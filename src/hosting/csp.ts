/** The Content Security Policy: hashes of the inline scripts and styles a page really contains, and the policy. */
import { createHash } from 'node:crypto';
import { load } from 'cheerio';

/** A CSP source expression for some inline code: `'sha256-…'` over its exact text. */
export function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Script types a browser executes (and CSP therefore governs); JSON-LD and the like are data. */
const EXECUTED = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineCode {
  scripts: string[];
  styles: string[];
  /** Event-handler attributes (`onclick`…) and `style` attributes: a hash-only policy cannot allow them. */
  attributes: string[];
  /**
   * Inline scripts and styles inside `<main>`, where entries are rendered: never the site's own code, so
   * never hashed into the policy (the build fails on them; content cannot write them in the first place).
   */
  inMain: string[];
}

/** The inline code of one HTML page, as the browser will hash it. */
export function inlineCode(html: string): InlineCode {
  const $ = load(html);
  const executed = $('script:not([src])').filter((_, el) =>
    EXECUTED.has(($(el).attr('type') ?? '').trim().toLowerCase()),
  );
  const inMain = [...executed.filter((_, el) => $(el).closest('main').length > 0).get(), ...$('main style').get()].map(
    (el) => `<${el.tagName}>${$(el).text().slice(0, 60)}`,
  );
  const outside = (_: number, el: Parameters<typeof $>[0]) => $(el).closest('main').length === 0;
  const scripts = executed
    .filter(outside)
    .map((_, el) => $(el).text())
    .get();
  const styles = $('style')
    .filter(outside)
    .map((_, el) => $(el).text())
    .get();
  const attributes: string[] = [];
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (name === 'style' || name.startsWith('on')) attributes.push(`<${(el as { name: string }).name} ${name}>`);
    }
  });
  return { scripts, styles, attributes, inMain };
}

/**
 * The site's policy: everything from our own origin only; inline code only by hash.
 * `wasm-unsafe-eval` lets Pagefind compile its WebAssembly search; it does not allow `eval()`.
 */
export function contentSecurityPolicy(hashes: { scripts: string[]; styles: string[] }): string {
  const list = (values: string[]) => [...new Set(values)].sort();
  return [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...list(hashes.scripts)].join(' '),
    ['style-src', "'self'", ...list(hashes.styles)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

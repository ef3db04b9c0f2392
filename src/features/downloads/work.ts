/** The whole work compiled from the built pages: each entry's article, made to stand beside the others in one PDF or EPUB. */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import render from 'dom-serializer';
import type { AnyNode, Element } from 'domhandler';

/** One part of the work: a built page and where its content sits. */
export interface WorkPart {
  /** Site path under the base, e.g. "movements/lad/". */
  path: string;
  /** The page's built HTML. */
  html: string;
}

export interface PartOptions {
  /** The base path the pages were built for, e.g. "/" or "/kz/". */
  base: string;
  /** The site's public address with its base path, e.g. "https://example.org/kz/". */
  publicBase: string;
  /** Site paths of every part in the work; links to them stay inside the work. */
  inWork: ReadonlySet<string>;
  /** Where a link to `id` (empty for the top) in the part at `path` points inside the work. */
  href: (path: string, id: string) => string;
  /** Prefix for every id of this part, so that parts sharing a document keep unique ids. */
  idPrefix: string;
  /** Heading levels to add (1 turns the page's h1 into h2). */
  shift: number;
}

/**
 * What the web page has that a file has no use for: navigation, buttons, scripts, screen-only links, hidden index
 * text, the margin copies of the notes, and the timeline chart's image (a file of its own; the list of events says
 * the same).
 */
const SCREEN_ONLY =
  'script, style, nav, button, form, [hidden], .screen-only, .sidenote, .para-link, .copy-status, .cite-page, .note-preview, .timeline-chart';

/** A link or reference attribute whose value is one or more ids. */
const ID_REFS = ['aria-labelledby', 'aria-describedby', 'for'];

/** An id made safe to prefix and to serve in XML (ids such as "p-548572" are already). */
export function partId(path: string): string {
  return path.split('/').filter(Boolean).join('-') || 'home';
}

/**
 * The article of a built page as a standalone fragment: ids prefixed, links to other parts of the work pointed
 * inside it, links to other pages of the site made absolute to its public address (and marked `data-site-link`),
 * headings shifted. Returns the cheerio document and the article element.
 */
export function partContent(part: WorkPart, options: PartOptions): { $: CheerioAPI; article: Cheerio<Element> } {
  const $ = load(part.html);
  const article = $('main article').first();
  if (!article.length) throw new Error(`${part.path}: no <article> in <main>`);
  article.find(SCREEN_ONLY).remove();
  article.find('[tabindex]').removeAttr('tabindex');
  article.find('*').each((_, el) => {
    for (const name of Object.keys(el.attribs)) if (name.startsWith('data-pagefind')) $(el).removeAttr(name);
  });
  // An element's id, and every attribute that names ids, gets the prefix.
  article.find('[id]').each((_, el) => {
    $(el).attr('id', options.idPrefix + $(el).attr('id'));
  });
  for (const name of ID_REFS) {
    article.find(`[${name}]`).each((_, el) => {
      const ids = ($(el).attr(name) ?? '').split(/\s+/).filter(Boolean);
      $(el).attr(name, ids.map((id) => options.idPrefix + id).join(' '));
    });
  }
  const pageUrl = new URL(options.base + part.path, 'http://site.invalid');
  article.find('a[href]').each((_, el) => {
    const raw = $(el).attr('href')!;
    const target = new URL(raw, pageUrl);
    if (target.origin !== pageUrl.origin) return; // a cited work elsewhere
    const id = decodeURIComponent(target.hash.slice(1));
    if (!target.pathname.startsWith(options.base)) return;
    const path = target.pathname.slice(options.base.length);
    if (options.inWork.has(path)) {
      $(el).attr('href', options.href(path, id));
    } else {
      $(el).attr('href', new URL(path + target.search + target.hash, options.publicBase).href);
      $(el).attr('data-site-link', '');
    }
  });
  if (options.shift) shiftHeadings(article, options.shift);
  return { $, article };
}

/** Moves every heading down `by` levels (never below h6). */
function shiftHeadings(root: Cheerio<AnyNode>, by: number): void {
  root.find('h1, h2, h3, h4, h5, h6').each((_, el) => {
    el.tagName = `h${Math.min(6, Number(el.tagName[1]) + by)}`;
  });
}

/** The headings of a fragment in document order, as [level, text]: what a PDF outline and a table of contents are made of. */
export function headingsOf(
  $: CheerioAPI,
  root: Cheerio<AnyNode>,
): { level: number; text: string; id: string | undefined }[] {
  return root
    .find('h1, h2, h3, h4, h5, h6')
    .toArray()
    .map((el) => ({
      level: Number(el.tagName[1]),
      text: $(el).text().replace(/\s+/g, ' ').trim(),
      id: $(el).attr('id'),
    }));
}

const XML_SPECIAL = new Set([0x22, 0x26, 0x27, 0x3c, 0x3e]);

/** Serialises a fragment as XHTML (well-formed XML), keeping letters as UTF-8 rather than character references. */
export function toXhtml(nodes: Cheerio<AnyNode>): string {
  return render(nodes.toArray(), { xmlMode: true }).replace(/&#x([0-9a-fA-F]+);/g, (ref, hex: string) => {
    const code = parseInt(hex, 16);
    return XML_SPECIAL.has(code) || code < 0x20 ? ref : String.fromCodePoint(code);
  });
}

/** Escapes text for HTML and XML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

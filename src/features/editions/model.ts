/**
 * Editions: fixed, citable snapshots of the site's pages, kept in the repository under `content/editions/<name>/`.
 * Each page of an edition is stored as rendered (its `<article>` and its citation files) with the site's
 * address replaced by tokens, so that it can be served under any origin and base path and still be byte
 * for byte what was published. `edition.json` lists the SHA-256 of every file: the manifest the
 * immutability test checks. Pure functions only; reading the folder is src/features/editions/load.ts.
 */
import { createHash } from 'node:crypto';
import type { Paragraph } from '../paragraphs/model';
import type { PageRecord } from '../cite/model';
import { joinBase } from '../../shared/url.ts';

/** Stands for the site's absolute address with its base path ("https://example.org/kz/"). */
export const SITE_TOKEN = '%%SITE%%';
/** Stands for the base path alone ("/kz/"). */
export const BASE_TOKEN = '%%BASE%%';

/** An edition's name: lower-case letters, digits, dots and dashes, e.g. "2026-12". */
export const EDITION_NAME = /^[0-9a-z][0-9a-z.-]{0,31}$/;

/** What an edition stores about each page beside its HTML (`<path>/page.json`). */
export interface EditionPageData {
  /** Site path of the live page, e.g. "movements/lad/". */
  path: string;
  title: string;
  description: string;
  /** The page's text fingerprint when the edition was cut (see textFingerprint). */
  fingerprint: string;
  paragraphs: Paragraph[];
}

/** `edition.json`: the edition's name and date and the hash of every file it holds. */
export interface EditionManifest {
  name: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** File path inside the edition folder → SHA-256 (hex) of its bytes. */
  files: Record<string, string>;
}

/** One page of one edition, as the site serves it. */
export interface EditionPage extends EditionPageData {
  edition: string;
  date: string;
}

/** The files an edition keeps for each page, beside `page.json`. */
export const PAGE_FILES = ['article.html', 'cite.bib', 'cite.ris', 'cite.json'] as const;

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Replaces the site's address (absolute first, then the base path alone) with tokens. */
export function tokenise(text: string, address: { absolute: string; base: string }): string {
  return text.replaceAll(address.absolute, SITE_TOKEN).replaceAll(address.base, BASE_TOKEN);
}

/** Puts the current site's address back in place of the tokens. */
export function fillTokens(text: string, address: { absolute: string; base: string }): string {
  return text.replaceAll(SITE_TOKEN, address.absolute).replaceAll(BASE_TOKEN, address.base);
}

/** Site path of a page in an edition: "editions/2026-12/movements/lad/". */
export function editionPath(edition: string, path: string): string {
  return `editions/${edition}/${path}`;
}

/**
 * What "the text" of a page is when we say whether it changed since an edition: its title, summary,
 * paragraphs (their ids are hashes of their words) and the words of its notes. Markup and addresses do
 * not count, so a new base path or a restyled page is no change.
 */
export function textFingerprint(page: {
  title: string;
  summary: string;
  paragraphs: string[];
  notes: string[];
}): string {
  const words = (html: string) =>
    html
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return sha256(
    JSON.stringify({
      title: page.title,
      summary: page.summary,
      paragraphs: page.paragraphs,
      notes: page.notes.map(words),
    }),
  );
}

/** Differences between an edition's files and its manifest: changed, missing and unlisted files. */
export function verifyEdition(manifest: EditionManifest, files: Map<string, string | Buffer>): string[] {
  const problems: string[] = [];
  for (const [file, hash] of Object.entries(manifest.files)) {
    const content = files.get(file);
    if (content === undefined) problems.push(`${manifest.name}/${file}: missing`);
    else if (sha256(content) !== hash)
      problems.push(`${manifest.name}/${file}: changed since the edition was published`);
  }
  for (const file of files.keys()) {
    if (!(file in manifest.files)) problems.push(`${manifest.name}/${file}: not in the edition's manifest`);
  }
  return problems;
}

/** Editions in order of publication (date, then name). */
export function byPublication<T extends { date: string; name?: string; edition?: string }>(list: T[]): T[] {
  const name = (x: T) => x.name ?? x.edition ?? '';
  return [...list].sort((a, b) => a.date.localeCompare(b.date) || name(a).localeCompare(name(b)));
}

/** Memento's `Memento-Datetime`: the edition's date as an HTTP date (midnight UTC). */
export function mementoDatetime(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** What a live page says about its edition: which, where, and whether the text changed since. */
export interface EditionContext {
  name: string;
  date: string;
  /** Site path of the edition's page. */
  path: string;
  /** The edition's citation record (its URL and date). */
  record: PageRecord;
  changed: boolean;
}

/** The record a live page is cited by first (and that its head gives reference managers): its edition while the text is the same. */
export function citedFirst(live: PageRecord, edition: EditionContext | undefined): PageRecord {
  return edition && !edition.changed ? edition.record : live;
}

/**
 * A stored article without its script elements. The article keeps the tags of the build that cut it, pointing at
 * hashed files a later build no longer has; the edition page loads today's enhancements itself.
 */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/**
 * A stored article with its links to pages the same edition stores (`stored`: live paths such as "movements/lad/")
 * pointing at the edition's copies, their fragments kept: "/kz/movements/lad/#p-x" becomes
 * "/kz/editions/2026-12/movements/lad/#p-x". Only a link to exactly such a page changes; links to pages the
 * edition does not store (people, glossary, sources, a page's history or citation files) and to other sites stay.
 * `base` is the base path the article's links were filled in with ("/kz/").
 */
export function linksIntoEdition(html: string, edition: string, stored: ReadonlySet<string>, base: string): string {
  const root = joinBase(base, '');
  return html.replace(/(\shref=")([^"]*)"/g, (attribute: string, start: string, href: string) => {
    if (!href.startsWith(root)) return attribute;
    const hash = href.indexOf('#');
    const target = hash === -1 ? href.slice(root.length) : href.slice(root.length, hash);
    const fragment = hash === -1 ? '' : href.slice(hash);
    if (!stored.has(target)) return attribute;
    return `${start}${joinBase(base, editionPath(edition, target))}${fragment}"`;
  });
}

/**
 * What a stored article refers to on two pages the edition does not store: the works it links on /sources/
 * (each with the bibliography entry the article printed for it, as HTML, or "" where it printed none) and the
 * people it links on /people/ (each with the link's text). A later text may drop a work or a person; the site
 * then still gives them an anchor, so that the edition's links keep working (see `withdrawnFromEditions()` in load.ts).
 */
export function storedReferences(html: string): { sources: Map<string, string>; people: Map<string, string> } {
  const sources = new Map<string, string>();
  const printed = new Map<string, string>();
  for (const m of html.matchAll(/<li id="src-([^"]+)">([\s\S]*?)<a href="[^"]*sources\/#\1"/g)) {
    printed.set(m[1]!, m[2]!.trim());
  }
  for (const m of html.matchAll(/href="[^"#]*sources\/#([^"]+)"/g)) sources.set(m[1]!, printed.get(m[1]!) ?? '');
  const people = new Map<string, string>();
  for (const m of html.matchAll(/href="[^"#]*people\/#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
    if (!people.has(m[1]!)) people.set(m[1]!, m[2]!.replace(/<[^>]+>/g, '').trim());
  }
  return { sources, people };
}

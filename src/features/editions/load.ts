/**
 * The site's editions, read from `content/editions/` (or EDITIONS_DIR) at build time, and what a live page needs
 * to know about them: its latest edition, whether its text changed since, the addresses of both.
 * While `npm run edition` cuts a new edition it builds the site with EDITION_PENDING="<name>@<date>":
 * every live page then cites that edition, and the edition's citation files are made from code, so
 * that the script can store them (see src/build/edition.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { withBase } from '../../shared/base';
import { contentPath } from '../../config';
import { formerPaths } from '../../hosting/redirects';
import {
  byPublication,
  EDITION_NAME,
  editionPath,
  fillTokens,
  storedReferences,
  textFingerprint,
  type EditionContext,
  type EditionManifest,
  type EditionPage,
  type EditionPageData,
} from './model';
import type { PageRecord } from '../cite/model';
import { once, renderEntry } from '../../collections';
import { citablePages } from '../cite/load';
import { getReport } from '../report/load';

/** Where editions are kept. Tests point it at a temporary folder. */
export const EDITIONS_DIR = path.resolve(process.env.EDITIONS_DIR ?? contentPath('editions'));

export interface Edition {
  name: string;
  date: string;
  /** Pages by live path ("movements/lad/"). */
  pages: Map<string, EditionPage>;
  /** True for the edition being cut (nothing stored yet). */
  pending: boolean;
}

/** The edition being cut, from EDITION_PENDING="2026-12@2026-12-01". */
export function pendingEdition(): { name: string; date: string } | undefined {
  const value = process.env.EDITION_PENDING;
  if (!value) return undefined;
  const [name = '', date = ''] = value.split('@');
  if (!EDITION_NAME.test(name) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new AstroError(`EDITION_PENDING="${value}": expected <name>@<YYYY-MM-DD>.`);
  }
  return { name, date };
}

function readEdition(name: string): Edition {
  const dir = path.join(EDITIONS_DIR, name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'edition.json'), 'utf8')) as EditionManifest;
  const pages = new Map<string, EditionPage>();
  for (const file of Object.keys(manifest.files).filter((f) => f.endsWith('page.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as EditionPageData;
    pages.set(data.path, { ...data, edition: manifest.name, date: manifest.date });
  }
  return { name: manifest.name, date: manifest.date, pages, pending: false };
}

let cache: Edition[] | undefined;

/** Every stored edition, oldest first. */
export function getEditions(): Edition[] {
  if (cache) return cache;
  const names = fs.existsSync(EDITIONS_DIR)
    ? fs.readdirSync(EDITIONS_DIR).filter((n) => fs.existsSync(path.join(EDITIONS_DIR, n, 'edition.json')))
    : [];
  cache = byPublication(names.map(readEdition));
  return cache;
}

/** The site's address now, which fills an edition's tokens. */
export function liveAddress(): { absolute: string; base: string } {
  return { absolute: new URL(withBase('/'), import.meta.env.SITE).href, base: withBase('/') };
}

/** One stored file of an edition's page, with the current address filled in. */
export function editionFile(edition: string, livePath: string, file: string): string {
  const text = fs.readFileSync(path.join(EDITIONS_DIR, edition, livePath, file), 'utf8');
  return fillTokens(text, liveAddress());
}

/**
 * The editions that hold a page, oldest first: under its address, or under the address it had before it moved
 * (src/redirects.ts); each page's `path` says where that edition stored it.
 */
export function editionsOf(livePath: string): EditionPage[] {
  return getEditions().flatMap((e) => [livePath, ...formerPaths(livePath)].flatMap((p) => e.pages.get(p) ?? []));
}

/** The edition a live page cites first: the one being cut, or the latest that holds the page. */
export function editionContext(live: PageRecord, livePath: string, fingerprint: string): EditionContext | undefined {
  const pending = pendingEdition();
  const latest = editionsOf(livePath).at(-1);
  const edition = pending ? { edition: pending.name, date: pending.date, fingerprint, path: livePath } : latest;
  if (!edition) return undefined;
  // Where the edition keeps the page: the page's address then, which for a moved page is its former one.
  const sitePath = editionPath(edition.edition, edition.path);
  return {
    name: edition.edition,
    date: edition.date,
    path: sitePath,
    record: {
      key: live.key,
      title: live.title,
      url: new URL(withBase(sitePath), import.meta.env.SITE).href,
      updated: edition.date,
      edition: edition.edition,
    },
    changed: edition.fingerprint !== fingerprint,
  };
}

/** What an entry's text fingerprint is made from. */
export interface EntryText {
  title: string;
  summary: string;
  paragraphs: { id: string }[];
  notes: { html: string }[];
}

/** An entry's text fingerprint (see textFingerprint). */
export function entryFingerprint(text: EntryText): string {
  return textFingerprint({
    title: text.title,
    summary: text.summary,
    paragraphs: text.paragraphs.map((p) => p.id),
    notes: text.notes.map((n) => n.html),
  });
}

/** A live entry's text fingerprint and its edition context, from what the page renders. */
export function liveEdition(
  live: PageRecord,
  livePath: string,
  text: EntryText,
): { fingerprint: string; edition: EditionContext | undefined } {
  const fingerprint = entryFingerprint(text);
  return { fingerprint, edition: editionContext(live, livePath, fingerprint) };
}

/** The fingerprints and paragraphs of the live pages that editions hold, for "changed since" and comparisons. */
export const liveTexts = once(async () => {
  const texts = new Map<string, { fingerprint: string; paragraphs: { id: string; n: number; text: string }[] }>();
  for (const page of await citablePages()) {
    const { textNotes, paragraphs } = await renderEntry(page.entry);
    const { title, summary } = page.entry.data;
    texts.set(page.path, {
      fingerprint: entryFingerprint({ title, summary, paragraphs, notes: textNotes }),
      paragraphs,
    });
  }
  texts.set(PRIMARY_PATH, { fingerprint: reportFingerprint(), paragraphs: [] });
  return texts;
});

/** Site path of the primary-source page, which editions hold too. */
export const PRIMARY_PATH = 'primary-source/';

/** The primary source's text fingerprint: its paragraphs and notes, word for word. */
export function reportFingerprint(): string {
  const report = getReport();
  const passages = report.excerpts.flatMap((e) => [
    e.title,
    ...[...e.paragraphs, ...e.notes].map((p) => `${p.id}: ${p.text}`),
  ]);
  return textFingerprint({ title: 'report', summary: '', paragraphs: passages, notes: [] });
}

/** A work or person a published edition links on /sources/ or /people/ that the current text no longer has. */
export interface Withdrawn {
  id: string;
  /** The bibliography entry as the edition printed it (HTML), or the person's name as it linked it. */
  html: string;
  /** The edition pages that link it. */
  citedIn: { title: string; edition: string; href: string }[];
}

/**
 * The works (`kind: 'sources'`) or people (`'people'`) that stored editions link but that are not in `current`,
 * so that /sources/ and /people/ can keep an anchor for each and say where it was cited.
 */
export function withdrawnFromEditions(kind: 'sources' | 'people', current: ReadonlySet<string>): Withdrawn[] {
  const found = new Map<string, Withdrawn>();
  for (const edition of getEditions()) {
    for (const page of edition.pages.values()) {
      const file = path.join(EDITIONS_DIR, edition.name, page.path, 'article.html');
      if (!fs.existsSync(file)) continue;
      const refs = storedReferences(editionFile(edition.name, page.path, 'article.html'))[kind];
      for (const [id, html] of refs) {
        if (current.has(id)) continue;
        const entry = found.get(id) ?? { id, html, citedIn: [] };
        if (!entry.html) entry.html = html;
        entry.citedIn.push({
          title: page.title,
          edition: edition.name,
          href: withBase(`/${editionPath(edition.name, page.path)}`),
        });
        found.set(id, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

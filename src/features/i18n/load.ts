/**
 * Reads the languages' content: the interface string tables (content/i18n/<lang>.yaml, checked complete by the
 * content rules before the build) and which entries have a translation (content/translations/<lang>/<section>/).
 * A content set without its own string tables (a test fixture) uses the site's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { contentPath, ENTRY_COLLECTIONS } from '../../config';
import { withBase } from '../../shared/base';
import {
  flattenTable,
  langOfPath,
  LANGS,
  localePath,
  SOURCE_LANG,
  translator,
  type Lang,
  type StringTable,
  type TargetLang,
} from './model';
import type { PageVersion } from '../entry/model';

/** The folder of the string tables: the content set's, or the site's own when it has none. */
export function tablesDir(): string {
  const own = contentPath('i18n');
  return fs.existsSync(own) ? own : path.resolve('content', 'i18n');
}

/** One language's table file. */
export const tableFile = (lang: Lang, dir = tablesDir()) => path.join(dir, `${lang}.yaml`);

/** Every language's table, flattened (the content rules have checked them: src/checks/i18n.ts). */
export function loadTables(dir = tablesDir()): Record<Lang, StringTable> {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const file = tableFile(lang, dir);
      return [lang, flattenTable(fs.existsSync(file) ? parseYaml(fs.readFileSync(file, 'utf8')) : {})];
    }),
  ) as Record<Lang, StringTable>;
}

/** `t(lang, key, params?)`: an interface string in a language. */
export const t = translator(loadTables());

/** The language of the page at this URL (its first path segment after the base). */
export function pageLang(url: URL): Lang {
  return langOfPath(url.pathname, import.meta.env.BASE_URL);
}

/** A site path in a language, under the base path: `href('kk', 'movements/')` gives "/kk/movements/". */
export function localeHref(lang: Lang, sitePath: string): string {
  return withBase(localePath(lang, sitePath));
}

/** The ids of the entries translated into a language, by section ("context" → {"december-1986"}). */
export function translatedIds(lang: TargetLang): Record<(typeof ENTRY_COLLECTIONS)[number], Set<string>> {
  const dir = contentPath('translations');
  return Object.fromEntries(
    ENTRY_COLLECTIONS.map((section) => {
      const folder = path.join(dir, lang, section);
      const ids = fs.existsSync(folder)
        ? fs
            .readdirSync(folder)
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => f.slice(0, -4))
        : [];
      return [section, new Set(ids)];
    }),
  ) as Record<(typeof ENTRY_COLLECTIONS)[number], Set<string>>;
}

/** Every language an entry's page exists in (English first, then its translations), with the page's address in each. */
export function entryVersions(section: (typeof ENTRY_COLLECTIONS)[number], id: string): PageVersion[] {
  const sitePath = `${section}/${id}/`;
  return LANGS.filter((lang) => lang === SOURCE_LANG || translatedIds(lang as TargetLang)[section].has(id)).map(
    (lang) => ({
      lang,
      href: localeHref(lang, sitePath),
    }),
  );
}

/**
 * Whether a site path (no language prefix) has a page in a language: every page does in English; in the others, the
 * home page, the movement and context indexes, the search page, and the translated entries.
 */
export function hasPage(lang: Lang, sitePath: string): boolean {
  if (lang === SOURCE_LANG) return true;
  const bare = sitePath.replace(/#.*$/, '');
  if (['', 'movements/', 'context/', 'search/'].includes(bare)) return true;
  const entry = /^(movements|context)\/([^/]+)\/$/.exec(bare);
  return entry ? translatedIds(lang as TargetLang)[entry[1] as 'movements' | 'context'].has(entry[2]!) : false;
}

/**
 * A link from a page in `lang` to a site path: to the page in that language where there is one, else to the English
 * page, `english` set so that the link says so (hreflang, and a word after it).
 */
export function linkFor(lang: Lang, sitePath: string): { href: string; english: boolean } {
  return hasPage(lang, sitePath)
    ? { href: localeHref(lang, sitePath), english: false }
    : { href: withBase(sitePath), english: true };
}

/** Every language a page that is not an entry exists in: the home page and the indexes in all, any other in English only. */
export function pageVersions(sitePath: string): PageVersion[] {
  return LANGS.filter((lang) => hasPage(lang, sitePath)).map((lang) => ({ lang, href: localeHref(lang, sitePath) }));
}

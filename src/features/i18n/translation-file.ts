/**
 * For the remark plugins: whether the file being rendered is a translation (content/translations/<lang>/<section>/<id>.mdx),
 * and if so its language and the original's front matter as the translated page reads it (the original's events and
 * infobox facts carry the page's notes; their quotes' translations come from the translation's `strings`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { contentPath, ENTRY_COLLECTIONS } from '../../config';
import { localisedFrontmatter, localePath, TARGET_LANGS, type TargetLang } from './model';
import { loadTables } from './load';
import type { LinkLocale } from '../links/model';

export interface TranslationFile {
  lang: TargetLang;
  section: (typeof ENTRY_COLLECTIONS)[number];
  id: string;
  /** The original's front matter, its quotes' translations in the page's language. */
  frontmatter: Record<string, unknown>;
}

const frontmatterOf = (file: string) =>
  (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '') ?? {}) as Record<
    string,
    unknown
  >;

/** Where a translation's original is, from its path; undefined for any other file. */
export function translationTarget(file: string | undefined): Omit<TranslationFile, 'frontmatter'> | undefined {
  if (!file) return undefined;
  const relative = path.relative(contentPath('translations'), path.resolve(file));
  const [lang, section, name, ...rest] = relative.split(path.sep);
  if (rest.length || !name?.endsWith('.mdx') || !TARGET_LANGS.includes(lang as TargetLang)) return undefined;
  if (!ENTRY_COLLECTIONS.includes(section as never)) return undefined;
  return { lang: lang as TargetLang, section: section as TranslationFile['section'], id: name.slice(0, -4) };
}

/** The translation a file is, with its original's front matter; undefined when it is not one. */
export function translationOf(file: string | undefined, own: Record<string, unknown>): TranslationFile | undefined {
  const target = translationTarget(file);
  if (!target) return undefined;
  const original = path.join(contentPath(target.section), `${target.id}.mdx`);
  if (!fs.existsSync(original)) throw new Error(`${file}: no original ${original} to translate`);
  const strings = (own['strings'] ?? {}) as Record<string, string>;
  return { ...target, frontmatter: localisedFrontmatter(frontmatterOf(original), strings, target.lang) };
}

/** Whether an entry has a translation into a language. */
export function isTranslated(lang: TargetLang, section: string, id: string): boolean {
  return fs.existsSync(path.join(contentPath('translations'), lang, section, `${id}.mdx`));
}

/** How a translated page's entry links go: to the entry in its language where there is one, else to the English page, marked. */
export function linkLocale(file: string | undefined): LinkLocale | undefined {
  const target = translationTarget(file);
  if (!target) return undefined;
  const { lang } = target;
  const sections: Record<string, string> = { movement: 'movements', context: 'context' };
  return {
    path: (sitePath) => localePath(lang, sitePath),
    has: (kind, id) => kind in sections && isTranslated(lang, sections[kind]!, id),
    marker: String(loadTables()[lang].get('languages.englishOnly')),
  };
}

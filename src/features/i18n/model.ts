/**
 * The site's languages, pure: which there are, interface strings looked up by key (with plurals from Intl.PluralRules),
 * dates in each language (Intl.DateTimeFormat; English keeps the site's own "17 December 1986"), the check that a
 * language's string table is complete, and the path helpers: English at today's URLs, the others under /kk/ and /ru/.
 */
import { formatPartialDate, parsePartialDate } from '../../shared/dates.ts';

/** The languages the site is written in; the first is the text of record and keeps the unprefixed URLs. */
export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of record: the one every translation is made from. */
export const SOURCE_LANG: Lang = 'en';
/** The languages a translation may be in. */
export const TARGET_LANGS = LANGS.filter((l) => l !== SOURCE_LANG) as Exclude<Lang, 'en'>[];
export type TargetLang = Exclude<Lang, 'en'>;

/** True for one of the site's languages. */
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && LANGS.includes(value as Lang);

/** A plural entry: one text per plural category of the language ("{count} entry" / "{count} entries"). */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>>;
/** One language's interface strings, flattened to dotted keys ("entry.updated"). */
export type StringTable = Map<string, string | PluralText>;

const PLURAL_KEYS = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

/** The plural categories a language's cardinal numbers use (ru: one, few, many, other; kk and en: one, other). */
export function pluralCategories(lang: Lang): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** A YAML mapping is a plural entry when all its keys are plural categories. */
function isPlural(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => PLURAL_KEYS.has(k));
}

/** Nested YAML data as a flat table: `{ entry: { updated: "…" } }` gives "entry.updated". Plural maps stay whole. */
export function flattenTable(data: unknown, prefix = ''): StringTable {
  const table: StringTable = new Map();
  if (typeof data !== 'object' || data === null) return table;
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') table.set(name, value);
    else if (typeof value === 'object' && value !== null && isPlural(value)) table.set(name, value as PluralText);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of flattenTable(value, name)) table.set(k, v);
    else table.set(name, String(value));
  }
  return table;
}

/** A problem of a string table: the key it is about and what is wrong. */
export interface TableProblem {
  lang: Lang;
  key: string;
  message: string;
}

/**
 * What keeps a language's table from being complete against the English one: a key missing, a key English does not
 * have, a plural entry where English has plain text (or the reverse), a plural category the language needs missing
 * or one it does not have, a {placeholder} English does not use.
 */
export function tableProblems(lang: Lang, table: StringTable, english: StringTable): TableProblem[] {
  const problems: TableProblem[] = [];
  const say = (key: string, message: string) => problems.push({ lang, key, message });
  const needed = pluralCategories(lang);
  const placeholders = (v: string | PluralText) =>
    new Set(
      (typeof v === 'string' ? [v] : Object.values(v)).flatMap((s) =>
        [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      ),
    );
  for (const [key, en] of english) {
    const value = table.get(key);
    if (value === undefined) {
      say(key, 'missing: every English key needs a translation');
      continue;
    }
    if ((typeof en === 'string') !== (typeof value === 'string')) {
      say(
        key,
        typeof en === 'string'
          ? 'English has one text here, not plural forms'
          : `English has plural forms here: give ${needed.join(', ')}`,
      );
      continue;
    }
    if (typeof value !== 'string') {
      for (const c of needed)
        if (!value[c]) say(key, `plural category "${c}" missing (${lang} needs ${needed.join(', ')})`);
      for (const c of Object.keys(value))
        if (!needed.includes(c as Intl.LDMLPluralRule))
          say(key, `plural category "${c}" is not one ${lang} uses (${needed.join(', ')})`);
    }
    const known = placeholders(en);
    for (const p of placeholders(value))
      if (!known.has(p))
        say(
          key,
          `{${p}} is not a placeholder of the English text (${[...known].map((k) => `{${k}}`).join(', ') || 'none'})`,
        );
  }
  for (const key of table.keys())
    if (!english.has(key)) say(key, 'not in the English table (a key English does not have)');
  return problems;
}

/** Parameters of a string: `{name}` is replaced; a number `count` also chooses the plural form. */
export type Params = Record<string, string | number>;

/**
 * A language's string by key, its placeholders filled. A plural entry takes the form Intl.PluralRules gives for
 * `params.count`, and the count is written in the language's digits and grouping ("2 401", "2,401").
 */
export function translate(tables: Record<Lang, StringTable>, lang: Lang, key: string, params: Params = {}): string {
  const value = tables[lang].get(key);
  if (value === undefined) throw new Error(`No interface string "${key}" in ${lang} (content/i18n/${lang}.yaml)`);
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    const count = params['count'];
    if (typeof count !== 'number')
      throw new Error(`Interface string "${key}" has plural forms: give it a numeric count`);
    text = value[new Intl.PluralRules(lang).select(count)] ?? value.other ?? '';
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = params[name];
    if (p === undefined) return whole;
    return typeof p === 'number' ? formatNumber(lang, p) : p;
  });
}

/** A function `t(lang, key, params?)` over the given tables. */
export function translator(tables: Record<Lang, StringTable>) {
  return (lang: Lang, key: string, params?: Params) => translate(tables, lang, key, params);
}

/** A number as the language writes it. English keeps the site's plain digits below 10,000 ("1986", "2,401"). */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang, { useGrouping: lang === 'en' ? true : 'min2' }).format(n);
}

/**
 * A partial date ("1986", "1986-12", "1986-12-17") as the language writes it, as precise as the date is. English
 * keeps the site's form ("17 December 1986"); Kazakh and Russian come from Intl ("1986 ж. 17 желтоқсан",
 * "17 декабря 1986 г.").
 */
export function formatDate(lang: Lang, text: string): string {
  if (lang === 'en') return formatPartialDate(text);
  const date = parsePartialDate(text);
  if (!date) throw new Error(`"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const at = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric' }
      : date.month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(at);
}

/**
 * A site path (no base, no leading slash: "movements/lad/", "" for home) in a language: English as it is, the others
 * under their code ("kk/movements/lad/").
 */
export function localePath(lang: Lang, path: string): string {
  const bare = path.replace(/^\/+/, '');
  return lang === SOURCE_LANG ? bare : `${lang}/${bare}`;
}

/** The language a site path (or a URL's pathname after the base) is in, from its first segment; English otherwise. */
export function langOfPath(path: string, base = '/'): Lang {
  const rest = path.startsWith(base) ? path.slice(base.length) : path;
  const first = rest.replace(/^\/+/, '').split('/')[0];
  return first !== SOURCE_LANG && isLang(first) ? first : SOURCE_LANG;
}

/** A site path without its language segment ("kk/movements/lad/" gives "movements/lad/"). */
export function unlocalisedPath(path: string): string {
  const bare = path.replace(/^\/+/, '');
  const lang = langOfPath(bare);
  return lang === SOURCE_LANG ? bare : bare.slice(lang.length + 1);
}

/** Each language's own name for itself, for the language switcher (written in that language). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', kk: 'Қазақша', ru: 'Русский' };

/**
 * How fresh a translation is, from the English file's revisions (newest first, src/features/history/load.ts) and the
 * commit it was made from: `current` when that commit is the file's latest, `stale` with the revisions made since,
 * `unknown` when there is no history (a tarball build) or the commit is not one of the file's.
 */
export type Freshness =
  { state: 'current' } | { state: 'stale'; since: { hash: string; date: string }[] } | { state: 'unknown' };

export function freshness(commit: string, revisions: { hash: string; date: string }[]): Freshness {
  const at = revisions.findIndex((r) => r.hash === commit);
  if (at < 0) return { state: 'unknown' };
  return at === 0 ? { state: 'current' } : { state: 'stale', since: revisions.slice(0, at) };
}

/**
 * Runs of English in a text that should be in another language: three or more Latin-letter words in a row (names
 * written once in Latin, like "Zheltoqsan", are single words). A heuristic for the tests and checks of kk/ru pages.
 */
export function latinRuns(text: string): string[] {
  return [...text.matchAll(/\b[A-Za-z][A-Za-z’'-]*(?:[\s,;:]+[A-Za-z][A-Za-z’'-]*){2,}/g)].map((m) => m[0]);
}

/** The fields of an entry's front matter whose text a reader sees on the page (event labels, roles, places, quotes' translations). */
export const VISIBLE_FIELDS = ['label', 'role', 'what', 'place', 'tr'] as const;

/**
 * Every reader-visible English string of an entry's front matter, in the order written: what a translation's `strings`
 * translate. With `reader`, those a page in that language shows (not the `tr` of a quote already in it).
 */
export function visibleStrings(frontmatter: unknown, reader?: TargetLang): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    // A quote in the reader's own language shows no translation: its `tr` is not one of the page's strings.
    else if (typeof value === 'object' && value !== null && reader && (value as { lang?: unknown }).lang === reader)
      for (const [key, v] of Object.entries(value)) {
        if (key !== 'tr') walk(v);
      }
    else if (typeof value === 'object' && value !== null)
      for (const [key, v] of Object.entries(value)) {
        if ((VISIBLE_FIELDS as readonly string[]).includes(key) && typeof v === 'string') found.add(v);
        // An English quote is its own gloss: its translation is keyed by the quote.
        else if (key === 'quote' && typeof v === 'string' && isEnglishTag((value as { lang?: unknown }).lang))
          found.add(v);
        else walk(v);
      }
  };
  walk(frontmatter);
  return [...found];
}

const isEnglishTag = (lang: unknown) => lang === undefined || (typeof lang === 'string' && /^en(?:-|$)/i.test(lang));

/** A cite of the original's front matter, as written. */
interface CiteObject {
  key: string;
  quote?: string;
  lang?: string;
  tr?: string;
  trLang?: string;
}

/**
 * The original's front matter as a translated page reads it: each quote's bracketed translation in the page's
 * language (from `strings`, keyed by the English gloss: the `tr`, or an English quote itself), none for a quote in
 * the page's language, and an English gloss nobody has translated yet kept, marked lang="en".
 */
export function localisedFrontmatter<T>(frontmatter: T, strings: Record<string, string>, reader: TargetLang): T {
  const cite = (c: CiteObject): CiteObject => {
    if (c.quote === undefined) return c;
    const { tr, ...rest } = c;
    if (c.lang === reader) return rest;
    const gloss = isEnglishTag(c.lang) ? c.quote : tr;
    const translated = gloss !== undefined ? strings[gloss] : undefined;
    if (translated) return { ...rest, tr: translated };
    return isEnglishTag(c.lang) || tr === undefined ? rest : { ...rest, tr, trLang: 'en' };
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null || value instanceof Date) return value;
    const o = value as Record<string, unknown>;
    if (typeof o['key'] === 'string' && typeof o['quote'] === 'string') return cite(o as unknown as CiteObject);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  return walk(frontmatter) as T;
}

/** A string of the original shown on a translated page: its translation, or the English marked as such. */
export interface ShownString {
  text: string;
  /** Set when the text is the English original: the page marks it lang="en" and counts as not fully translated. */
  lang?: 'en';
}

/** The translation of an English front-matter string, or the English itself, marked. */
export function shownString(strings: Record<string, string>, english: string): ShownString {
  const text = strings[english];
  return text === undefined ? { text: english, lang: 'en' } : { text };
}

/**
 * A translated entry's page model: the English page's (src/features/entry/load.ts) with the translation's title,
 * summary, text and notes, the furniture in the page's language, links to pages in it where they exist (else to
 * the English page, marked), and what the translation says about itself: made from the English text of a day, that
 * text the text of record, and whether the English has changed since (the English file's git history).
 */
import type { CollectionEntry } from 'astro:content';
import { getContextEntries, getMovements, getTranslations, renderEntry, type Entry } from '../../collections';
import { getEntryPage } from '../entry/load';
import type { EntryPage, Mention, PageLink } from '../entry/model';
import { prevNextLinks } from '../entry/model';
import { revisionsOf } from '../history/load';
import { entryVersions, linkFor, localeHref, t } from './load';
import { freshness, shownString, visibleStrings, type TargetLang } from './model';

export type Translation = CollectionEntry<'translations'>;

/** A translation's language, section and the id of its original, from its id ("ru/context/december-1986"). */
export function translationKey(translation: { id: string }): {
  lang: TargetLang;
  section: 'movements' | 'context';
  id: string;
} {
  const [lang, section, id] = translation.id.split('/') as [TargetLang, 'movements' | 'context', string];
  return { lang, section, id };
}

/** The English entry a translation is made from (the content rules have checked that it exists). */
export async function originalOf(translation: Translation): Promise<Entry> {
  const { section, id } = translationKey(translation);
  return (await entriesOf(section)).find((e) => e.id === id)!;
}

/** The English entries of a section. */
function entriesOf(section: 'movements' | 'context'): Promise<Entry[]> {
  return section === 'movements' ? getMovements() : getContextEntries();
}

/**
 * The static paths of a section's entry route (src/pages/[...lang]/<section>/[id].astro): each English entry at
 * /<section>/<id>/, each translation at /<lang>/<section>/<id>/.
 */
export async function entryPaths(section: 'movements' | 'context') {
  const translations = (await getTranslations()).filter((t) => translationKey(t).section === section);
  return [
    ...(await entriesOf(section)).map((entry) => ({
      params: { lang: undefined, id: entry.id },
      props: { entry } as EntryRouteProps,
    })),
    ...translations.map((translation) => ({
      params: { lang: translationKey(translation).lang, id: translationKey(translation).id },
      props: { translation } as EntryRouteProps,
    })),
  ];
}

export type EntryRouteProps =
  { entry: Entry; translation?: undefined } | { translation: Translation; entry?: undefined };

/** The page model an entry route renders: the English entry's, or the translation's. */
export async function entryRoutePage({ entry, translation }: EntryRouteProps): Promise<EntryPage> {
  return translation ? getTranslatedEntryPage(translation, await getTranslations()) : getEntryPage(entry);
}

/** The page of a translated entry. */
export async function getTranslatedEntryPage(
  translation: Translation,
  translations: Translation[],
): Promise<EntryPage> {
  const { lang, section, id } = translationKey(translation);
  const original = await originalOf(translation);
  const english = await getEntryPage(original);
  const { Content, notes } = await renderEntry(translation);
  const { title, summary, strings, source } = translation.data;
  const sitePath = `${section}/${id}/`;
  const here = localeHref(lang, sitePath);
  const untranslated = visibleStrings(original.data, lang).filter((s) => strings[s] === undefined).length;
  // Titles of the entries in this language, for the links between them.
  const titles = new Map(
    translations
      .filter((tr) => translationKey(tr).lang === lang)
      .map((tr) => [`${translationKey(tr).section}/${translationKey(tr).id}/`, tr.data.title]),
  );
  const link = (href: string, englishTitle: string): PageLink => {
    const sitePathOf = href.replace(new RegExp(`^${import.meta.env.BASE_URL}`), '');
    const to = linkFor(lang, sitePathOf);
    return to.english
      ? { href: to.href, title: englishTitle, lang: 'en' }
      : { href: to.href, title: titles.get(sitePathOf) ?? englishTitle };
  };
  const siblings = translations
    .filter((tr) => translationKey(tr).lang === lang && translationKey(tr).section === section)
    .map((tr) => ({ id: translationKey(tr).id, title: tr.data.title }));
  const order = (await siblingOrder(section)).filter((i) => siblings.some((s) => s.id === i));
  return {
    ...english,
    lang,
    versions: entryVersions(section, id),
    translation: {
      date: source.date,
      englishHref: english.breadcrumbs.at(-1)!.href,
      historyHref: `${english.breadcrumbs.at(-1)!.href}history/`,
      freshness: freshness(source.commit, original.filePath ? revisionsOf(original.filePath) : []),
      untranslated,
    },
    title,
    summary,
    Content,
    notes,
    // Editions, their fingerprints and reference-manager records are of the English text only, in this slice.
    edition: undefined,
    breadcrumbs: [
      {
        label: t(lang, section === 'movements' ? 'nav.movements' : 'nav.context'),
        href: localeHref(lang, `${section}/`),
      },
      { label: title, href: here },
    ],
    events: english.events.map((e) => {
      const label = shownString(strings, e.label);
      return { ...e, label: label.text, labelLang: label.lang };
    }),
    linkedFrom: english.linkedFrom.map((m): Mention => link(m.href, m.title)),
    prevNext: {
      kind: t(lang, section === 'movements' ? 'entry.kind.movement' : 'entry.kind.context'),
      ...prevNextLinks(
        order.map((i) => ({ id: i })),
        id,
        (e) => ({ href: localeHref(lang, `${section}/${e.id}/`), title: siblings.find((s) => s.id === e.id)!.title }),
      ),
    },
  };
}

/** The ids of a section in its index's order. */
async function siblingOrder(section: 'movements' | 'context'): Promise<string[]> {
  return (section === 'movements' ? await getMovements() : await getContextEntries()).map((e) => e.id);
}

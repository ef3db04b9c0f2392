/** The ZIM files the /downloads/ page lists: one per language, of the latest edition, with what changed since it. */
import { getEditions, liveTexts } from '../editions/load';
import { ZIM_LANGUAGES, zimFile, type ZimEdition, type ZimLanguage } from './model';

export interface ZimDownload {
  language: ZimLanguage;
  /** Site path of the file. */
  file: string;
  edition: ZimEdition;
}

/** The ZIM of each language, named by the latest edition; none while the site has no edition. */
export async function zimDownloads(): Promise<ZimDownload[]> {
  const latest = getEditions().at(-1);
  if (!latest) return [];
  const live = await liveTexts();
  const changed = [...live].filter(([path, text]) => latest.pages.get(path)?.fingerprint !== text.fingerprint).length;
  const edition = { name: latest.name, date: latest.date, changed };
  return ZIM_LANGUAGES.map((language) => ({ language, file: zimFile(language.lang, edition.name), edition }));
}

/** What an entry's history page and its comparison pages show: its changes, its editions, and versions side by side. */
import { withBase } from '../../shared/base';
import { formatPartialDate } from '../../shared/dates';
import { editionPath, type EditionPage } from '../editions/model';
import type { PageRecord } from '../cite/model';
import { compareParagraphs, summarise, type Paragraph, type ParagraphChange } from './paragraph-diff';
import { citablePages, publicUrl, type CitablePage } from '../cite/load';
import { editionsOf, liveTexts } from '../editions/load';

/** One edition of a page as its history lists it. */
export interface HistoryEdition {
  name: string;
  date: string;
  href: string;
  /** The live page has the edition's text. */
  sameText: boolean;
  /** The comparison of this edition with the live page. */
  compareWithLive: string;
  /** The edition before it, and the comparison of the two. */
  previous?: { name: string; compare: string } | undefined;
}

/** Everything an entry's history page shows. */
export interface HistoryPage {
  title: string;
  /** The live entry: its title, address and last update. */
  live: { title: string; href: string; updated: string };
  /** The history page cited as a page of its own. */
  record: PageRecord;
  /** What changed, for readers, newest first. */
  changes: { date: string; text: string }[];
  /** The editions that hold the page, newest first. */
  editions: HistoryEdition[];
}

/** The address of the comparison of two versions of a page ("live" for the live page). */
const compareHref = (path: string, from: string, to: string) => withBase(`${path}history/compare/${from}/${to}/`);

/** An entry's history page. */
export async function getHistoryPage({ entry, path, record: live }: CitablePage): Promise<HistoryPage> {
  const changes = [...(entry.data.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const editions = editionsOf(path);
  const liveText = (await liveTexts()).get(path);
  const title = `History of ${live.title}`;
  const newestFirst = [...editions].reverse();
  return {
    title,
    live: { title: live.title, href: withBase(path), updated: live.updated },
    // Dated by its newest line (or the entry's last update).
    record: {
      key: `${path}history`,
      title,
      url: publicUrl(`${path}history/`),
      updated: [changes[0]?.date, editions.at(-1)?.date, live.updated]
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1)!,
    },
    changes,
    editions: newestFirst.map((e, i) => {
      const previous = newestFirst[i + 1];
      return {
        name: e.edition,
        date: e.date,
        href: withBase(editionPath(e.edition, path)),
        sameText: e.fingerprint === liveText?.fingerprint,
        compareWithLive: compareHref(path, e.edition, 'live'),
        previous: previous && { name: previous.edition, compare: compareHref(path, previous.edition, e.edition) },
      };
    }),
  };
}

/** One side of a comparison: a version of the page, where it is, and its paragraphs. */
export interface ComparedVersion {
  label: string;
  href: string;
  paragraphs: Paragraph[];
}

/** Everything a comparison page shows. */
export interface ComparisonPage {
  title: string;
  /** The entry's title, and where its history is. */
  entry: { title: string; history: string };
  before: ComparedVersion;
  after: ComparedVersion;
  changes: ParagraphChange[];
  counts: Record<ParagraphChange['kind'], number>;
}

/**
 * Every comparison of an entry's versions, with the route's parameters: each edition with the live page, and each
 * edition with the one before it.
 */
export async function getComparisonPages(): Promise<
  { params: { section: string; id: string; from: string; to: string }; page: ComparisonPage }[]
> {
  const texts = await liveTexts();
  return (await citablePages()).flatMap(({ section, entry, path, record }) => {
    const editions = editionsOf(path);
    const version = (e: EditionPage): ComparedVersion => ({
      label: `edition ${e.edition} (${formatPartialDate(e.date)})`,
      href: withBase(editionPath(e.edition, path)),
      paragraphs: e.paragraphs,
    });
    const live: ComparedVersion = {
      label: 'the live page',
      href: withBase(path),
      paragraphs: texts.get(path)?.paragraphs ?? [],
    };
    return editions.flatMap((e, i) => {
      const pairs = [{ from: e.edition, to: 'live', before: version(e), after: live }];
      const previous = editions[i - 1];
      if (previous) pairs.push({ from: previous.edition, to: e.edition, before: version(previous), after: version(e) });
      return pairs.map(({ from, to, before, after }) => {
        const changes = compareParagraphs(before.paragraphs, after.paragraphs);
        return {
          params: { section, id: entry.id, from, to },
          page: {
            title: `${record.title}: ${before.label} and ${after.label}`,
            entry: { title: record.title, history: withBase(`${path}history/`) },
            before,
            after,
            changes,
            counts: summarise(changes),
          },
        };
      });
    });
  });
}

/** The primary-source page as a citable page, and the report it reproduces as an item of its own. */
import { contentFileName } from '../../config';
import { getMovements, getContextEntries, getSources } from '../../collections';
import { revisionsOf } from '../history/load';
import { publicUrl } from '../cite/load';
import { PRIMARY_PATH } from '../editions/load';
import type { CslItem } from '../sources/model';
import { reportItem, type PageRecord } from '../cite/model';

export const PRIMARY_TITLE = 'Primary source: report excerpts';
export const PRIMARY_DESCRIPTION =
  'Two excerpts of an unattributed English-language report on the parties and movements of Kazakhstan, written about 1994–95, reproduced verbatim.';

/** The page's citation record: dated by the last change to the report file or, without repository history, to any entry. */
export async function primaryRecord(): Promise<PageRecord> {
  const revisions = revisionsOf(contentFileName('report'));
  const entries = [...(await getMovements()), ...(await getContextEntries())];
  const latestEntry = entries
    .map((e) => e.data.updated.toISOString().slice(0, 10))
    .sort()
    .at(-1)!;
  return {
    key: 'primary-source',
    title: PRIMARY_TITLE,
    url: publicUrl(PRIMARY_PATH),
    updated: revisions[0]?.date ?? latestEntry,
    published: revisions.at(-1)?.date,
    version: revisions[0] ? { hash: revisions[0].short, date: revisions[0].date } : undefined,
  };
}

/** The report as a report item (content/sources.yaml, key "report"), reproduced at `url`. */
export async function primaryReport(url: string): Promise<CslItem | undefined> {
  const source = (await getSources()).get('report');
  return source && reportItem(source.item, url);
}

/** Everything an entry page shows, put together once for both kinds of entry (Starlight's route data). */
import { entryFileName } from '../../config';
import { withBase } from '../../shared/base';
import { infoboxFacts, pageSourceKeys, prevNextLinks, type EntryPage } from './model';
import { relationsOf } from '../relations/model';
import { citablePage } from '../cite/load';
import {
  declaredRelations,
  entryHref,
  frontmatterCites,
  getContextEntries,
  getMovements,
  getPersonNames,
  renderEntry,
  sourcesCited,
  type Entry,
} from '../../collections';
import { liveEdition } from '../editions/load';
import { linkedFrom } from '../mentions/load';
import { passagesFor } from '../report/load';
import { getTimelineChart, timelineEvents } from '../timeline/load';
import { entryVersions } from '../i18n/load';

/** How each section names itself in the breadcrumbs and its entries in the previous/next navigation. */
const SECTIONS = {
  movements: { label: 'Movements', kind: 'movement' },
  context: { label: 'Context', kind: 'context entry' },
} as const;

/** A name shared with a movement (Zheltoqsan, Semey) must find the movement first: context names weigh less. */
const NAME_WEIGHT = { movements: 10, context: 2 } as const;

/** An entry's page: its text and notes, the works it cites, how to cite it, and the furniture around it. */
export async function getEntryPage(entry: Entry): Promise<EntryPage> {
  const section = entry.collection;
  const { path, record } = citablePage(section, entry);
  const href = entryHref(entry);
  const { Content, notes, textNotes, paragraphs, frontmatterMarks, timelineMarks } = await renderEntry(entry);
  const { title, summary, names, updated } = entry.data;
  // Which edition the page cites first, and whether its text changed since (src/features/editions/load.ts): its text's notes
  // make its fingerprint, not those only its timeline gives.
  const { fingerprint, edition } = liveEdition(record, path, { title, summary, paragraphs, notes: textNotes });
  const siblings: Entry[] = entry.collection === 'movements' ? await getMovements() : await getContextEntries();
  const page: EntryPage = {
    lang: 'en',
    versions: entryVersions(section, entry.id),
    translation: undefined,
    path,
    title,
    summary,
    names,
    updated,
    Content,
    notes,
    sources: await sourcesCited(
      pageSourceKeys(
        notes,
        frontmatterCites(entry).map((f) => f.cite),
      ),
    ),
    record,
    edition,
    fingerprint,
    nameWeight: NAME_WEIGHT[section],
    breadcrumbs: [
      { label: SECTIONS[section].label, href: withBase(`${section}/`) },
      { label: title, href },
    ],
    infobox: undefined,
    passages: [],
    events: await timelineEvents([entry], timelineMarks),
    chart: undefined,
    related: undefined,
    linkedFrom: await linkedFrom(entry),
    prevNext: {
      kind: SECTIONS[section].kind,
      ...prevNextLinks(siblings, entry.id, (e) => ({ href: entryHref(e), title: e.data.title })),
    },
  };
  if (entry.collection !== 'movements') return page;

  // A movement: its infobox (cited by the page's first notes), the report's passages on it, its relations, its chart.
  const movements = await getMovements();
  const relations = relationsOf(entry.id, declaredRelations(movements));
  const titles = new Map(movements.map((m) => [m.id, m.data.title]));
  const chart = await getTimelineChart(entry);
  return {
    ...page,
    infobox: {
      aliases: names.aliases,
      facts: infoboxFacts(entry.data, await getPersonNames(), frontmatterMarks),
      orientation: entry.data.orientation,
      relations,
      titles,
    },
    passages: passagesFor(entry.data.report, entryFileName('movements', entry.id)),
    chart: {
      src: `${href}timeline.svg`,
      width: chart.width,
      height: chart.height + 16,
      bands: chart.bands.map((b) => b.title),
    },
    related: { relations, titles },
  };
}

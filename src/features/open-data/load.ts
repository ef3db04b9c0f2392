/** The site's knowledge as open data, read once per build from the collections (see model.ts and jsonld.ts). */
import { LICENCE, SITE } from '../../config';
import type { Names } from '../../schemas';
import type { CslItem } from '../sources/model';
import { pageSourceKeys } from '../entry/model';
import { citeRefs, type CiteField } from '../notes/model';
import { openDataGraph } from './jsonld';
import { openDataTables, type ArticleData, type EventData, type OpenData, type SourceData } from './model';
import { toCsv, tableSchema, type Table } from './tables';
import { timelineOf } from '../timeline/model';
import {
  frontmatterCites,
  getContextEntries,
  getMovements,
  getPeople,
  getSources,
  once,
  renderEntry,
  type Entry,
} from '../../collections';
import { publicUrl } from '../cite/load';

const keysOf = (cite: CiteField) => citeRefs(cite).map((r) => r.key);
const names = (n: Names): Names => n;

/** "1994", "1994-03" or "1994-03-07" from a CSL date (the first of a range). */
function cslDate(date: unknown): string {
  const parts = (date as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  return parts ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-') : '';
}

function sourceData(item: CslItem): SourceData {
  const people = ((item.author ?? item.editor ?? []) as { family?: string; given?: string; literal?: string }[]).map(
    (a) =>
      a.literal
        ? { name: a.literal, person: false }
        : { name: [a.family, a.given].filter(Boolean).join(', '), person: true },
  );
  return {
    id: item.id,
    type: item.type,
    title: String(item.title ?? item.genre ?? ''),
    titleEnglish: String(item['title-translation'] ?? ''),
    authors: people,
    container: String(item['container-title'] ?? item.publisher ?? ''),
    issued: cslDate(item.issued),
    url: String(item.URL ?? ''),
    language: String(item.language ?? ''),
  };
}

async function articleData(entry: Entry): Promise<ArticleData> {
  const { notes, links } = await renderEntry(entry);
  return {
    collection: entry.collection,
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    updated: entry.data.updated.toISOString().slice(0, 10),
    links,
    keys: pageSourceKeys(
      notes,
      frontmatterCites(entry).map((f) => f.cite),
    ),
  };
}

/** Everything the open data is made of, as plain data. */
export const getOpenData = once(async (): Promise<OpenData> => {
  const movements = await getMovements();
  const context = await getContextEntries();
  const entries: Entry[] = [...movements, ...context];
  const timeline = timelineOf(
    entries.map((e) => ({
      collection: e.collection,
      id: e.id,
      title: e.data.title,
      events: e.data.events,
      ...(e.collection === 'movements' ? { founded: e.data.founded, ended: e.data.ended } : {}),
    })),
  );
  const events: EventData[] = [
    ...timeline.map((e) => ({
      collection: e.entry.collection,
      entry: e.entry.id,
      date: e.date,
      kind: e.kind,
      label: e.label,
      keys: keysOf(e.cite),
    })),
    ...movements.flatMap((m) =>
      m.data.founded.otherDates.map((d) => ({
        collection: 'movements' as const,
        entry: m.id,
        date: d.date,
        kind: 'founded-other',
        label: d.what ? `Founded (${d.what}), as other sources date it` : 'Founded, as other sources date it',
        keys: keysOf(d.cite),
      })),
    ),
  ];
  return {
    movements: movements.map((m) => ({
      id: m.id,
      title: m.data.title,
      names: names(m.data.names),
      summary: m.data.summary,
      founded: { date: m.data.founded.date, place: m.data.founded.place, keys: keysOf(m.data.founded.cite) },
      otherDates: m.data.founded.otherDates.map((d) => ({ date: d.date, what: d.what, keys: keysOf(d.cite) })),
      ended: m.data.ended && { date: m.data.ended.date, keys: keysOf(m.data.ended.cite) },
      orientation: m.data.orientation,
      relations: m.data.relations.map((r) => ({ type: r.type, target: r.target.id })),
      people: m.data.people.map((p) => p.id),
      leaders: m.data.leaders.map((l) => ({ person: l.person.id, role: l.role, keys: keysOf(l.cite) })),
    })),
    context: context.map((c) => ({
      id: c.id,
      title: c.data.title,
      names: names(c.data.names),
      summary: c.data.summary,
      date: c.data.date,
      people: c.data.people.map((p) => p.id),
    })),
    people: (await getPeople()).map((p) => ({ ...p.data, id: p.id, keys: keysOf(p.data.cite) })),
    events,
    articles: await Promise.all(entries.map(articleData)),
    sources: [...(await getSources()).values()].map((s) => sourceData(s.item)),
    url: publicUrl,
  };
});

/** The tables, and the whole graph as JSON-LD nodes. */
export const getOpenDataFiles = once(async () => {
  const data = await getOpenData();
  return { tables: openDataTables(data), graph: openDataGraph(data, LICENCE.url) };
});

/** The files of /data/ besides the tables: name, media type and what it holds (for the data package and the page). */
export const OTHER_FILES = [
  { name: 'kz-movements.jsonld', mediatype: 'application/ld+json', title: 'The whole graph as JSON-LD (schema.org)' },
  { name: 'bibliography.json', mediatype: 'application/vnd.citationstyles.csl+json', title: 'Bibliography, CSL-JSON' },
  { name: 'bibliography.bib', mediatype: 'application/x-bibtex', title: 'Bibliography, BibTeX' },
  { name: 'bibliography.ris', mediatype: 'application/x-research-info-systems', title: 'Bibliography, RIS' },
] as const;

/** The Frictionless data package that describes every file of /data/. */
export function dataPackage(tables: Table[]): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'kz-political-movements-1986-1995',
    title: SITE.title,
    description: SITE.description,
    homepage: publicUrl(''),
    licenses: [{ name: LICENCE.spdx, path: LICENCE.url, title: LICENCE.title }],
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        path: `${t.name}.csv`,
        profile: 'tabular-data-resource',
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: tableSchema(t),
      })),
      ...OTHER_FILES.map((f) => ({
        name: f.name.replace(/\./g, '-'),
        path: f.name,
        title: f.title,
        mediatype: f.mediatype,
        encoding: 'utf-8',
      })),
    ],
  };
}

export { toCsv };

// The citation files of every edition's page (cite.bib, cite.ris, cite.json), exactly as stored with the edition.
// While an edition is being cut (EDITION_PENDING), this route makes them from code instead, with each
// page's `page.json` (title, paragraphs, fingerprint), for src/build/edition.ts to store.
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  editionContext,
  editionFile,
  getEditions,
  liveTexts,
  pendingEdition,
  PRIMARY_PATH,
} from '../../../features/editions/load';
import { citablePages, SITE_FACTS } from '../../../features/cite/load';
import { primaryRecord, PRIMARY_DESCRIPTION } from '../../../features/report/primary-page';
import { PAGE_FILES, type EditionPageData } from '../../../features/editions/model';
import { toBibtex, toCslJson, toRis, type PageRecord } from '../../../features/cite/model';

const MAKE = { 'cite.bib': toBibtex, 'cite.ris': toRis, 'cite.json': toCslJson } as const;

export const getStaticPaths = (async () => {
  const stored = getEditions().flatMap((edition) =>
    [...edition.pages.values()].flatMap((page) =>
      PAGE_FILES.filter((f) => f !== 'article.html').map((file) => ({
        params: { edition: edition.name, file: `${page.path}${file}` },
        props: { body: editionFile(edition.name, page.path, file) },
      })),
    ),
  );
  const pending = pendingEdition();
  if (!pending) return stored;
  const texts = await liveTexts();
  const live: { path: string; record: PageRecord; description: string }[] = [
    ...(await citablePages()).map((p) => ({ path: p.path, record: p.record, description: p.entry.data.summary })),
    { path: PRIMARY_PATH, record: await primaryRecord(), description: PRIMARY_DESCRIPTION },
  ];
  const fresh = live.flatMap(({ path, record, description }) => {
    const text = texts.get(path)!;
    const cited = editionContext(record, path, text.fingerprint)!.record;
    const data: EditionPageData = {
      path,
      title: record.title,
      description,
      fingerprint: text.fingerprint,
      paragraphs: text.paragraphs,
    };
    return [
      ...Object.entries(MAKE).map(([file, make]) => ({
        params: { edition: pending.name, file: `${path}${file}` },
        props: { body: make(cited, SITE_FACTS) },
      })),
      {
        params: { edition: pending.name, file: `${path}page.json` },
        props: { body: `${JSON.stringify(data, null, 2)}\n` },
      },
    ];
  });
  return [...stored, ...fresh];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body);

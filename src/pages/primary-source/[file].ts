// The primary-source page's citation files (cite.*) and the report's own (report.*), for reference managers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_FACTS } from '../../features/cite/load';
import { primaryRecord, primaryReport } from '../../features/report/primary-page';
import { reportBibtex, reportCslJson, reportRis, toBibtex, toCslJson, toRis } from '../../features/cite/model';

const FILES = ['cite.bib', 'cite.ris', 'cite.json', 'report.bib', 'report.ris', 'report.json'] as const;

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const record = await primaryRecord();
  const report = (await primaryReport(record.url))!;
  const make: Record<(typeof FILES)[number], () => string> = {
    'cite.bib': () => toBibtex(record, SITE_FACTS),
    'cite.ris': () => toRis(record, SITE_FACTS),
    'cite.json': () => toCslJson(record, SITE_FACTS),
    'report.bib': () => reportBibtex(report),
    'report.ris': () => reportRis(report),
    'report.json': () => reportCslJson(report),
  };
  return new Response(make[params.file as (typeof FILES)[number]]());
};

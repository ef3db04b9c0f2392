// The citation of every entry page for reference managers: cite.bib (BibTeX), cite.ris (RIS), cite.json (CSL-JSON).
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages, SITE_FACTS, type CitablePage } from '../../../features/cite/load';
import { toBibtex, toCslJson, toRis } from '../../../features/cite/model';

const FORMATS = {
  bib: toBibtex,
  ris: toRis,
  json: toCslJson,
} as const;

export const getStaticPaths = (async () => {
  const pages = await citablePages();
  return pages.flatMap((page) =>
    Object.keys(FORMATS).map((format) => ({
      params: { section: page.section, id: page.entry.id, format },
      props: { page },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: CitablePage }> = ({ props, params }) => {
  const format = params.format as keyof typeof FORMATS;
  return new Response(FORMATS[format](props.page.record, SITE_FACTS));
};

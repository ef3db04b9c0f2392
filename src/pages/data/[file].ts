// The files of /data/: one CSV per table, the data package, the JSON-LD graph and the bibliography.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSources } from '../../collections';
import { dataPackage, getOpenDataFiles, toCsv } from '../../features/open-data/load';
import { bibliographyBibtex, bibliographyCslJson, bibliographyRis } from '../../features/sources/bibliography';
import { jsonLdDocument } from '../../features/open-data/jsonld';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const getStaticPaths = (async () => {
  const { tables, graph } = await getOpenDataFiles();
  const items = [...(await getSources()).values()].map((s) => s.item);
  const files: [string, string][] = [
    ...tables.map((t) => [`${t.name}.csv`, toCsv(t)] as [string, string]),
    ['datapackage.json', json(dataPackage(tables))],
    ['kz-movements.jsonld', json(jsonLdDocument(graph))],
    ['bibliography.json', bibliographyCslJson(items)],
    ['bibliography.bib', bibliographyBibtex(items)],
    ['bibliography.ris', bibliographyRis(items)],
  ];
  return files.map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body);

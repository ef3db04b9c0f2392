// Each entry's own open data: the article, what it is about, and the people, works and events it points to.
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages } from '../../../features/cite/load';
import { getOpenDataFiles } from '../../../features/open-data/load';
import { entryNodes, jsonLdDocument } from '../../../features/open-data/jsonld';
import { publicUrl } from '../../../features/cite/load';

export const getStaticPaths = (async () => {
  const { graph } = await getOpenDataFiles();
  return (await citablePages()).map(({ section, entry, path }) => {
    const nodes = entryNodes(graph, `${publicUrl(path)}#article`);
    return {
      params: { section, id: entry.id },
      props: { body: `${JSON.stringify(jsonLdDocument(nodes), null, 2)}\n` },
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body);

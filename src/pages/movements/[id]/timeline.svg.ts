// Each movement's own lane of the timeline chart, as an image its page shows (src/features/timeline/timeline-chart-svg.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMovements, type Movement } from '../../../collections';
import { getTimelineChart } from '../../../features/timeline/load';
import { chartSvg } from '../../../features/timeline/timeline-chart-svg';
import style from '../../../styles/timeline-chart.css?raw';

export const getStaticPaths = (async () =>
  (await getMovements()).map((movement) => ({
    params: { id: movement.id },
    props: { movement },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ movement: Movement }> = async ({ props }) =>
  new Response(chartSvg(await getTimelineChart(props.movement), { id: 'c', links: false, style }), {
    headers: { 'content-type': 'image/svg+xml' },
  });

/**
 * The timeline chart (timeline-chart.ts) written as SVG markup: inline on /timeline/ (links to the entries, styled
 * by the page's CSS) or as a file of its own for a movement's page (an image: no links, its own light and dark
 * colours), so that the chart adds nothing to the page's HTML and CSS.
 */
import { formatPartialDate } from '../../shared/dates';
import { escapeHtml } from '../../shared/html';
import type { ChartLayout } from './timeline-chart';

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The chart as an <svg> element; `style` (src/styles/timeline-chart.css) goes inside when it is a file of its own. `links`: lane titles, bands and marks link to their entries
 * (inline use); without, the lanes are untitled and nothing links (a movement's own lane, as an image).
 */
export function chartSvg(
  chart: ChartLayout,
  { id, links, style }: { id: string; links: boolean; style?: string },
): string {
  const { width, height, barHeight, fontSize, lineHeight, ticks, years, headings, bands, lanes } = chart;
  const axisY = height - 2;
  const title = (t: string) => `<title>${escapeHtml(t)}</title>`;
  const link = (href: string, cls: string, inner: string) =>
    links ? `<a href="${escapeHtml(href)}" class="${cls}">${inner}</a>` : `<g class="${cls}">${inner}</g>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tlc${fontSize === 15 ? ' tlc-large' : ''}" viewBox="0 0 ${width} ${height + 16}"${links ? '' : ` width="${width}" height="${height + 16}"`}>`,
    // A file of its own carries its styles; inline, the page's stylesheet has them (no inline style under the CSP).
    style ? `<style>${style}</style>` : '',
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V6" class="hatch-line"/></pattern></defs>`,
    ...bands.map((b) =>
      link(b.href, 'band', `${title(b.title)}<rect x="${b.x1}" width="${r(b.x2 - b.x1)}" height="${axisY}"/>`),
    ),
    `<path d="${ticks.map((t) => `M${t.x} 0V${axisY}`).join('')}" class="grid"/>`,
    ...years.map((t) => `<text x="${t.x}" y="${height + 12}" text-anchor="middle">${t.year}</text>`),
    ...headings.map(
      (h) =>
        `<text x="${h.x}" y="${h.y}" class="group">${escapeHtml(h.label)}</text><path d="M${h.x} ${h.ruleY}H${width - 4}" class="rule"/>`,
    ),
    ...lanes.map((l) => {
      // A title on two lines ends its first with a space, so that the link's text is the title.
      const titleText = l.titleLines
        .map((line, i) =>
          l.titleLines.length === 1
            ? escapeHtml(line)
            : `<tspan x="${l.titleX}"${i ? ` dy="${lineHeight}"` : ''}>${escapeHtml(line)}${i < l.titleLines.length - 1 ? ' ' : ''}</tspan>`,
        )
        .join('');
      const bar = [
        links
          ? `<a href="${escapeHtml(l.href)}"><text x="${l.titleX}" y="${l.titleY}" text-anchor="${l.titleAnchor}">${titleText}</text></a>`
          : '',
        l.uncertain
          ? `<rect x="${l.uncertain.x1}" y="${l.y}" width="${r(Math.max(l.uncertain.x2 - l.uncertain.x1, 1))}" height="${barHeight}" fill="url(#${id}-hatch)" class="uncertain">${title('Founding date uncertain or disputed')}</rect>`
          : '',
        `<path d="M${l.solid.x1} ${l.y}H${l.solid.x2}${l.open ? `l6 ${barHeight / 2}-6 ${barHeight / 2}` : `v${barHeight}`}H${l.solid.x1}z" class="span"/>`,
        ...l.marks.map((m) =>
          link(
            m.href,
            'mark',
            `<circle cx="${m.x}" cy="${l.y + barHeight / 2}" r="5">${title(`${formatPartialDate(m.date)}: ${m.label}`)}</circle>`,
          ),
        ),
      ];
      return `<g class="lane">${bar.join('')}</g>`;
    }),
    '</svg>',
  ];
  return parts.join('');
}

/** The site's knowledge as a schema.org JSON-LD graph, from the same plain inputs as the tables (model.ts). */
import type { Names } from '../../schemas';
import type { ArticleData, OpenData } from './model';

/** The JSON-LD context: schema.org terms written inline, so that no processor has to fetch anything. */
export const JSONLD_CONTEXT = { '@vocab': 'https://schema.org/', schema: 'https://schema.org/' } as const;

/** The node id of what a page is about, and of the people and works. */
const nodeId = {
  movement: (data: OpenData, id: string) => `${data.url(`movements/${id}/`)}#movement`,
  context: (data: OpenData, id: string) => `${data.url(`context/${id}/`)}#subject`,
  article: (data: OpenData, collection: string, id: string) => `${data.url(`${collection}/${id}/`)}#article`,
  person: (data: OpenData, id: string) => data.url(`people/#${id}`),
  source: (data: OpenData, id: string) => data.url(`sources/#src-${id}`),
};

function altNames(n: Names): string[] {
  return [n.kk, n.ru, ...n.aliases].filter((s): s is string => !!s && s !== n.latin);
}

/** One node of the graph for each movement, subject, person, work and event, and each entry as a ScholarlyArticle. */
export function openDataGraph(data: OpenData, licence: string): Record<string, unknown>[] {
  const movementNodes = data.movements.map((m) => ({
    '@id': nodeId.movement(data, m.id),
    '@type': 'Organization',
    name: m.names.latin,
    alternateName: altNames(m.names),
    description: m.summary,
    foundingDate: m.founded.date,
    ...(m.founded.place ? { foundingLocation: { '@type': 'Place', name: m.founded.place } } : {}),
    ...(m.ended ? { dissolutionDate: m.ended.date } : {}),
    ...(m.leaders.length
      ? {
          member: m.leaders.map((l) => ({
            '@type': 'OrganizationRole',
            roleName: l.role,
            member: { '@id': nodeId.person(data, l.person) },
          })),
        }
      : {}),
    subjectOf: { '@id': nodeId.article(data, 'movements', m.id) },
    url: data.url(`movements/${m.id}/`),
  }));
  const contextNodes = data.context.map((c) => ({
    '@id': nodeId.context(data, c.id),
    '@type': 'Thing',
    name: c.names.latin,
    alternateName: altNames(c.names),
    description: c.summary,
    subjectOf: { '@id': nodeId.article(data, 'context', c.id) },
  }));
  const personNodes = data.people.map((p) => ({
    '@id': nodeId.person(data, p.id),
    '@type': 'Person',
    name: p.name,
    alternateName: [p.kk, p.ru].filter((s): s is string => !!s),
    description: p.summary,
    ...(p.born ? { birthDate: p.born } : {}),
    ...(p.died ? { deathDate: p.died } : {}),
  }));
  const sourceNodes = data.sources.map((s) => ({
    '@id': nodeId.source(data, s.id),
    '@type': 'CreativeWork',
    name: s.title,
    ...(s.titleEnglish ? { alternativeHeadline: s.titleEnglish } : {}),
    ...(s.authors.length
      ? { author: s.authors.map((a) => ({ '@type': a.person ? 'Person' : 'Organization', name: a.name })) }
      : {}),
    ...(s.issued ? { datePublished: s.issued } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.language ? { inLanguage: s.language } : {}),
  }));
  const about = (a: ArticleData) =>
    a.collection === 'movements' ? nodeId.movement(data, a.id) : nodeId.context(data, a.id);
  const mentioned = (link: string) => {
    const [kind, id] = link.split(':') as [string, string];
    if (kind === 'movement') return nodeId.movement(data, id);
    if (kind === 'context') return nodeId.context(data, id);
    if (kind === 'person') return nodeId.person(data, id);
    return undefined;
  };
  const articleNodes = data.articles.map((a) => ({
    '@id': nodeId.article(data, a.collection, a.id),
    '@type': 'ScholarlyArticle',
    headline: a.title,
    description: a.summary,
    url: data.url(`${a.collection}/${a.id}/`),
    dateModified: a.updated,
    inLanguage: 'en',
    license: licence,
    about: { '@id': about(a) },
    mentions: [...new Set(a.links.map(mentioned).filter((id): id is string => !!id && id !== about(a)))].map((id) => ({
      '@id': id,
    })),
    citation: a.keys.map((k) => ({ '@id': nodeId.source(data, k) })),
  }));
  const eventNodes = data.events.map((e, i) => ({
    '@id': `${data.url('timeline/')}#event-${i + 1}`,
    '@type': 'Event',
    name: e.label,
    startDate: e.date,
    about: { '@id': e.collection === 'movements' ? nodeId.movement(data, e.entry) : nodeId.context(data, e.entry) },
    subjectOf: { '@id': nodeId.article(data, e.collection, e.entry) },
  }));
  return [...articleNodes, ...movementNodes, ...contextNodes, ...personNodes, ...eventNodes, ...sourceNodes];
}

/** A JSON-LD document of some nodes of the graph. */
export function jsonLdDocument(nodes: Record<string, unknown>[]): Record<string, unknown> {
  return { '@context': JSONLD_CONTEXT, '@graph': nodes };
}

/** The nodes one entry's page is about: its article, its subject, and the people, works and events they point to. */
export function entryNodes(graph: Record<string, unknown>[], articleId: string): Record<string, unknown>[] {
  const byId = new Map(graph.map((n) => [n['@id'] as string, n]));
  const article = byId.get(articleId);
  if (!article) throw new Error(`open data: no article ${articleId}`);
  const ids = new Set<string>([articleId]);
  const refs = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.flatMap(refs)
      : value && typeof value === 'object'
        ? '@id' in value
          ? [String(value['@id'])]
          : Object.values(value).flatMap(refs)
        : [];
  for (const id of refs({ about: article.about, mentions: article.mentions, citation: article.citation })) ids.add(id);
  const subject = byId.get(refs(article.about)[0]!);
  if (subject) for (const id of refs(subject.member)) ids.add(id);
  const events = graph.filter((n) => n['@type'] === 'Event' && refs(n.subjectOf)[0] === articleId);
  return [...[...ids].map((id) => byId.get(id)).filter((n): n is Record<string, unknown> => !!n), ...events];
}

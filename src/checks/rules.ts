/**
 * The content rules, each a function of what was read (the context) to the problems it finds, in the order the
 * runner (content-rules.ts) reports them. The schemas' rule runs last, apart: where another rule has already said
 * what is wrong on a line, it is not said twice.
 */
import { z } from 'astro/zod';
import { CONTENT_FILES } from '../config';
import { entrySchemas, personSchema, placeSchema, sourceSchema, termSchema } from '../schemas';
import type { CheckContext } from './context';
import { crossFieldFindings, entryFindings } from './entry';
import { unsafeNodes } from './mdx-guard';
import { movementTargets, NOT_THE_MOVEMENT, sourceRuns, unlinkedMentions } from './mentions';
import { placeFindings } from './places';
import { tableFindings } from './i18n';
import { translationFindings } from './translations';
import { inFile, type Problem } from './problem';
import { schemaFindings } from './schema';
import {
  contradictoryRelations,
  cslDateFindings,
  duplicateIdFindings,
  redirectFindings,
  sourceUrlFindings,
  type DeclaredRelation,
} from './site';

/** One rule: what it finds in the content, as problems with their file and line. */
export type Rule = (context: CheckContext) => Problem[];

/**
 * The collections' own schemas, so that their errors name a line too. A reference is a plain id here: the
 * entry rules check each one against its list, with its line.
 */
const ENTRY_SCHEMAS = entrySchemas({ movement: z.string(), person: z.string() });
export const LIST_SCHEMAS: Record<string, { schema: z.ZodType; kind: string }> = {
  [CONTENT_FILES.sources]: { schema: sourceSchema, kind: 'source' },
  [CONTENT_FILES.people]: { schema: personSchema, kind: 'person' },
  [CONTENT_FILES.terms]: { schema: termSchema, kind: 'term' },
  [CONTENT_FILES.places]: { schema: placeSchema, kind: 'place' },
};

/** Data lists: YAML that parses, unique ids, real dates, safe addresses. */
export const listRule: Rule = ({ lists }) =>
  Object.entries(lists).flatMap(([name, list]) =>
    list
      ? [
          ...inFile(
            list.file,
            list.yaml.errors.map((e) => ({ line: e.line, message: e.message })),
          ),
          ...inFile(list.file, duplicateIdFindings(list.yaml)),
          ...inFile(list.file, cslDateFindings(list.yaml)),
          ...(name === CONTENT_FILES.sources ? inFile(list.file, sourceUrlFindings(list.yaml)) : []),
        ]
      : [],
  );

/** Each entry on its own: valid MDX, nothing that runs, and the rules of entry.ts. */
export const entryRule: Rule = ({ files, known }) =>
  files.flatMap((f) =>
    'unparsed' in f
      ? [f.unparsed]
      : [...inFile(f.entry.file, unsafeNodes(f.entry.tree)), ...inFile(f.entry.file, entryFindings(f.entry, known))],
  );

/** Across entries: leaders among the people, relation targets that exist. */
export const crossFieldRule: Rule = ({ entries }) => {
  const movementIds = new Set(entries.filter((e) => e.collection === 'movements').map((e) => e.id));
  return entries.flatMap((e) => inFile(e.file, crossFieldFindings(e, movementIds)));
};

/** Relations declared from both sides must agree. */
export const relationRule: Rule = ({ entries }) => {
  const relations: DeclaredRelation[] = entries.flatMap((e) =>
    ((e.frontmatter.data as { relations?: { type: string; target: string }[] })?.relations ?? []).map((r, i) => ({
      from: e.id,
      type: r.type,
      target: r.target,
      file: e.file,
      line: e.frontmatter.lineOf(['relations', i]),
    })),
  );
  return contradictoryRelations(relations);
};

/** The first mention of another movement in an entry's prose links to it. */
export const mentionRule: Rule = ({ entries }) => {
  const titled = entries.map((e) => {
    const data = (e.frontmatter.data ?? {}) as { title?: string; names?: { latin?: string; aliases?: string[] } };
    return {
      e,
      title: String(data.title ?? e.id),
      names: [data.title, data.names?.latin, ...(data.names?.aliases ?? [])].filter(
        (n): n is string => typeof n === 'string',
      ),
    };
  });
  const targets = movementTargets(
    titled.filter((t) => t.e.collection === 'movements').map((t) => ({ id: t.e.id, title: t.title })),
    titled.map((t) => ({ id: t.e.id, names: t.names })),
    (id) => `movement:${id}`,
  );
  const problems: Problem[] = [];
  for (const { e } of titled) {
    const others = targets.filter((t) => t.href !== `movement:${e.id}` || e.collection !== 'movements');
    for (const m of unlinkedMentions(sourceRuns(e.tree), others)) {
      if (`${e.collection}/${e.id}: ${m.name}` in NOT_THE_MOVEMENT) continue;
      problems.push({
        file: e.file,
        line: m.line,
        message: `the first mention of ${m.text} is not linked: link it there to movement:${targets.find((t) => t.name === m.name)?.href.slice('movement:'.length)}`,
      });
    }
  }
  return problems;
};

/** Places on the map: positions that agree with their sources, entries that name them. */
export const placeRule: Rule = ({ lists, entries, known }) => {
  const places = lists[CONTENT_FILES.places];
  if (!places) return [];
  const texts = new Map(
    entries.map((e) => [
      `${e.collection === 'movements' ? 'movement' : 'context'}:${e.id}`,
      {
        text: sourceRuns(e.tree)
          .map((r) => r.text)
          .join(' '),
        eventDates: ((e.frontmatter.data as { events?: { date?: unknown }[] })?.events ?? []).map((ev) =>
          String(ev?.date),
        ),
      },
    ]),
  );
  return inFile(places.file, placeFindings(places.yaml, texts, known.sources));
};

/** A redirect never replaces a page that lives at its address. */
export const redirectRule: Rule = ({ entries, redirects, staticPaths }) => {
  const live = new Set([
    ...staticPaths,
    ...entries.flatMap((e) => [`/${e.collection}/${e.id}/`, `/${e.collection}/${e.id}/history/`]),
  ]);
  return redirectFindings(redirects, live).map((message) => ({ file: 'src/hosting/redirects.ts', message }));
};

/** The interface strings: every language's table has every English key, and only those (src/checks/i18n.ts). */
export const stringTableRule: Rule = () => tableFindings();

/** Translated entries against their English originals (src/checks/translations.ts). */
export const translationRule: Rule = () => translationFindings();

/** Every rule but the schemas', in the order their problems are reported. */
export const RULES: Rule[] = [
  listRule,
  entryRule,
  crossFieldRule,
  relationRule,
  mentionRule,
  placeRule,
  redirectRule,
  stringTableRule,
  translationRule,
];

/** Each list record and each entry's frontmatter against its collection's schema. */
export const schemaRule: Rule = ({ lists, files }) => [
  ...Object.entries(lists).flatMap(([name, list]) => {
    if (!list || list.yaml.errors.length || !Array.isArray(list.yaml.loaded)) return [];
    const { schema, kind } = LIST_SCHEMAS[name]!;
    return list.yaml.loaded.flatMap((record: unknown, i: number) => {
      const id = (record as { id?: unknown } | null)?.id;
      const subject = typeof id === 'string' ? `${kind} "${id}"` : `${kind} ${i + 1} (no id)`;
      const issues = schema.safeParse(record).error?.issues ?? [];
      return inFile(list.file, schemaFindings(issues, record, { yaml: list.yaml, at: [i], subject }));
    });
  }),
  ...files.flatMap((f) => {
    if ('unparsed' in f || f.entry.frontmatter.errors.length) return [];
    const { file, collection, frontmatter } = f.entry;
    // As Astro reads it: anything but a mapping is no frontmatter at all.
    const data = typeof frontmatter.loaded === 'object' && frontmatter.loaded !== null ? frontmatter.loaded : {};
    const issues = ENTRY_SCHEMAS[collection].safeParse(data).error?.issues ?? [];
    return inFile(file, schemaFindings(issues, data, { yaml: frontmatter }));
  }),
];

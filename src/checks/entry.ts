/**
 * The rules one entry (an .mdx file of movements/ or context/) must keep, checked from its frontmatter
 * and its Markdown tree before anything is rendered. Each returns findings with lines.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isPartialDate } from '../shared/dates';
import { parseEntryLink } from '../features/links/model';
import { REPORT_KEY } from '../features/notes/note-html';
import { parseCites } from '../features/notes/notes';
import { anchorForLocator } from '../features/report/model';
import { uncoveredSpanDates } from '../features/timeline/model';
import { validChoices } from '../shared/suggest';
import { fieldPath, type LocatedYaml } from './located-yaml';
import type { Finding } from './problem';

export interface EntrySource {
  collection: string;
  /** The file name without .mdx. */
  id: string;
  frontmatter: LocatedYaml;
  /** The body's Markdown tree, lines counted from the top of the file. */
  tree: Root;
}

export interface KnownIds {
  /** Person id → the site's one Latin spelling. */
  people: Map<string, string>;
  sources: ReadonlySet<string>;
  /** Anchors of the primary report's paragraphs and notes ("a-2", "b-note-26"). */
  reportAnchors: ReadonlySet<string>;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: { type: string }): node is Jsx =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isFn = (node: { type: string; name?: string | null }): node is Jsx => isJsx(node) && node.name === 'Fn';
const attr = (node: Jsx, name: string) => {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;

/** Ids are lower-case words joined by hyphens: the file name is the URL, and `Lad.mdx` beside `lad.mdx` would be two pages for one. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function fileNameFindings(id: string): Finding[] {
  return SLUG.test(id)
    ? []
    : [
        {
          line: 1,
          message: `the file name "${id}" is not an id: use lower-case letters, digits and hyphens (e.g. ${id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}.mdx)`,
        },
      ];
}

/** Every date in the frontmatter is a real one (2026-02-30 and month 13 are not); `updated` is a full day. */
export function dateFindings(fm: LocatedYaml): Finding[] {
  const found: Finding[] = [];
  for (const v of fm.values) {
    if (typeof v.value !== 'string' && !(v.value instanceof Date)) continue;
    const text = v.source ?? String(v.value);
    const key = v.path.at(-1);
    if (key === 'updated' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      found.push({ line: v.line, message: `updated: "${text}" must be the day of the last revision, YYYY-MM-DD` });
    } else if (/^\d{4}-\d{1,2}(?:-\d{1,2})?$/.test(text) && !isPartialDate(text)) {
      found.push({
        line: v.line,
        message: `${fieldPath(v.path)}: "${text}" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`,
      });
    }
  }
  return found;
}

/** Markup in a frontmatter text is shown as literal text (on cards, in the feed, in meta tags). */
const MARKUP = /<\/?[A-Za-z][^>]*>|\[[^\]]+\]\([^)]*\)|\{[^}]*\}/;

export function frontmatterMarkupFindings(fm: LocatedYaml): Finding[] {
  return fm.values
    .filter((v) => typeof v.value === 'string' && MARKUP.test(v.value))
    .map((v) => ({
      line: v.line,
      message: `${fieldPath(v.path)}: "${MARKUP.exec(v.value as string)![0].slice(0, 40)}" is markup, which frontmatter shows as literal text; write plain text (notes and links belong in the body)`,
    }));
}

/** `people` and `leaders[].person` name people in content/people.yaml. */
export function personIdFindings(fm: LocatedYaml, known: KnownIds): Finding[] {
  const found: Finding[] = [];
  for (const v of fm.values) {
    const [first, , last] = v.path;
    const isPerson =
      (first === 'people' && v.path.length === 2) || (first === 'leaders' && last === 'person' && v.path.length === 3);
    if (!isPerson || typeof v.value !== 'string' || known.people.has(v.value)) continue;
    found.push({
      line: v.line,
      message:
        `${fieldPath(v.path)}: no person with the id "${v.value}" in content/people.yaml. ${validChoices(v.value, known.people.keys())}`.trim(),
    });
  }
  return found;
}

/** A relation to the entry itself means nothing. */
export function selfRelationFindings(entry: EntrySource): Finding[] {
  return entry.frontmatter.values
    .filter((v) => v.path[0] === 'relations' && v.path[2] === 'target' && v.value === entry.id)
    .map((v) => ({ line: v.line, message: `${fieldPath(v.path)}: a relation to the entry itself` }));
}

/** Locators of the primary report ("excerpt A, ¶2", "excerpt B, note 26") name paragraphs that exist. */
function reportLocatorFindings(
  cite: string,
  loc: string | undefined,
  line: number | undefined,
  where: string,
  known: KnownIds,
): Finding[] {
  let refs;
  try {
    refs = parseCites(cite, loc);
  } catch {
    return []; // malformed cite lists are reported by the note plugin
  }
  return refs
    .filter((r) => r.key === REPORT_KEY && r.locator)
    .filter((r) => !known.reportAnchors.has(anchorForLocator(r.locator!) ?? ''))
    .map((r) => ({
      line,
      message: `${where}: "${r.locator}" names no paragraph or note of the primary report; write "excerpt A, ¶2" or "excerpt B, note 26" for one that exists`,
    }));
}

/** Every cite in the frontmatter, in either form (a Pandoc-like string, or works as `{ key, loc }`), with its line. */
function frontmatterCites(fm: LocatedYaml): { cite: string; loc?: string | undefined; line: number; field: string }[] {
  const cites: { cite: string; loc?: string | undefined; line: number; field: string }[] = [];
  for (const v of fm.values) {
    const last = v.path.at(-1);
    if (last === 'cite' && typeof v.value === 'string')
      cites.push({ cite: v.value, line: v.line, field: fieldPath(v.path) });
    if (typeof last === 'number' && v.path.at(-2) === 'cite' && v.value && typeof v.value === 'object') {
      const { key, loc } = v.value as { key?: unknown; loc?: unknown };
      if (typeof key === 'string')
        cites.push({
          cite: key,
          loc: typeof loc === 'string' ? loc : undefined,
          line: v.line,
          field: fieldPath(v.path),
        });
    }
  }
  return cites;
}

/** Frontmatter cites name known sources (at most three suggestions for a typo). */
export function frontmatterSourceFindings(fm: LocatedYaml, known: KnownIds): Finding[] {
  return frontmatterCites(fm).flatMap(({ cite, line, field }) => {
    let refs;
    try {
      refs = parseCites(cite);
    } catch {
      return [];
    }
    return refs
      .filter((r) => !known.sources.has(r.key))
      .map((r) => ({
        line,
        message: `${field}: no source with the key "${r.key}". ${validChoices(r.key, known.sources)}`.trim(),
      }));
  });
}

/** Every leader is among the entry's people; every relation points at a movement that exists. */
export function crossFieldFindings(entry: EntrySource, movementIds: ReadonlySet<string>): Finding[] {
  const data = (entry.frontmatter.data ?? {}) as {
    people?: unknown[];
    leaders?: { person?: unknown }[];
    relations?: { target?: unknown }[];
  };
  const people = new Set((data.people ?? []).filter((p): p is string => typeof p === 'string'));
  const found: Finding[] = [];
  (data.leaders ?? []).forEach((l, i) => {
    if (typeof l?.person === 'string' && !people.has(l.person)) {
      found.push({
        line: entry.frontmatter.lineOf(['leaders', i, 'person']),
        message: `leaders[${i}].person: "${l.person}" is not in the entry's people; list every leader under people: as well`,
      });
    }
  });
  // A context entry's date span rests on cited events: each of its dates has an event within it.
  const span = (entry.frontmatter.data as { date?: { start?: unknown; end?: unknown } } | null)?.date;
  const events = ((entry.frontmatter.data as { events?: { date?: unknown }[] } | null)?.events ?? []).filter(
    (e): e is { date: string } => typeof e?.date === 'string',
  );
  if (entry.collection === 'context' && typeof span?.start === 'string') {
    const dates = { start: span.start, ...(typeof span.end === 'string' ? { end: span.end } : {}) };
    for (const d of uncoveredSpanDates(dates, events)) {
      found.push({
        line: entry.frontmatter.lineOf(['date', d === dates.start ? 'start' : 'end']),
        message: `date "${d}" has no event within it: add one under events: with that date (or a more precise date inside it) and its cite`,
      });
    }
  }
  (data.relations ?? []).forEach((r, i) => {
    if (typeof r?.target === 'string' && r.target !== entry.id && !movementIds.has(r.target)) {
      found.push({
        line: entry.frontmatter.lineOf(['relations', i, 'target']),
        message:
          `relations[${i}].target: "${r.target}" is not a movement. ${validChoices(r.target, movementIds)}`.trim(),
      });
    }
  });
  return found;
}

export function locatorFindings(entry: EntrySource, known: KnownIds): Finding[] {
  const found: Finding[] = [];
  for (const { cite, loc, line, field } of frontmatterCites(entry.frontmatter))
    found.push(...reportLocatorFindings(cite, loc, line, field, known));
  visit(entry.tree, (node) => {
    if (!isFn(node)) return;
    const cite = attr(node, 'cite');
    if (cite) found.push(...reportLocatorFindings(cite, attr(node, 'loc'), lineOf(node), `<Fn cite="${cite}">`, known));
  });
  return found;
}

/** An entry says something: a body of headings alone, or nothing, is not an entry. */
export function emptyBodyFindings(tree: Root): Finding[] {
  const hasText = tree.children.some((n) => n.type !== 'heading' && toString(n).trim().length > 0);
  return hasText ? [] : [{ line: 1, message: 'the entry has no text: write at least one paragraph with its note' }];
}

/** True when a node holds a note that names a source (commentary alone sources nothing). */
function hasSourcedNote(node: RootContent | ListItem): boolean {
  let found = false;
  visit(node, (n) => {
    if (isFn(n) && attr(n, 'cite')) found = true;
  });
  return found;
}

/**
 * Every paragraph of the text carries a note naming a source; a list is covered by a note on each item,
 * or by one on the sentence that introduces it.
 */
export function unsourcedParagraphFindings(tree: Root): Finding[] {
  const found: Finding[] = [];
  const blocks = tree.children;
  blocks.forEach((block, i) => {
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    let ok = true;
    if (block.type === 'paragraph') {
      ok = hasSourcedNote(block) || (next?.type === 'list' && next.children.every(hasSourcedNote));
    } else if (block.type === 'list') {
      ok = block.children.every(hasSourcedNote) || (prev?.type === 'paragraph' && hasSourcedNote(prev));
    }
    if (!ok) {
      found.push({
        line: lineOf(block),
        message: `paragraph "${toString(block).trim().slice(0, 50)}…" has no note naming its source: add <Fn cite="key" />`,
      });
    }
  });
  return found;
}

/** A link to a person gives the site's one Latin spelling: the full name or the surname alone. */
export function personSpellingFindings(tree: Root, known: KnownIds): Finding[] {
  const found: Finding[] = [];
  visit(tree, 'link', (node) => {
    const link = parseEntryLink(node.url);
    if (link?.kind !== 'person') return;
    const name = known.people.get(link.id);
    const text = toString(node).trim();
    if (name && text !== name && !name.endsWith(` ${text}`)) {
      found.push({
        line: lineOf(node),
        message: `the link to ${node.url} reads "${text}": write the site's spelling, "${name}" (or the surname alone); quote other spellings from sources as variants, outside the link`,
      });
    }
  });
  return found;
}

/** Every rule on one entry that needs nothing but the entry and the ids the site knows. */
export function entryFindings(entry: EntrySource, known: KnownIds): Finding[] {
  return [
    ...fileNameFindings(entry.id),
    ...entry.frontmatter.errors.map((e) => ({ line: e.line, message: `frontmatter: ${e.message}` })),
    ...dateFindings(entry.frontmatter),
    ...frontmatterMarkupFindings(entry.frontmatter),
    ...personIdFindings(entry.frontmatter, known),
    ...frontmatterSourceFindings(entry.frontmatter, known),
    ...selfRelationFindings(entry),
    ...emptyBodyFindings(entry.tree),
    ...locatorFindings(entry, known),
    ...unsourcedParagraphFindings(entry.tree),
    ...personSpellingFindings(entry.tree, known),
  ];
}

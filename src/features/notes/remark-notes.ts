/**
 * Numbers <Fn> footnotes in document order at build time, formats their text from the sources data,
 * and records the notes list in the entry's frontmatter for the notes section.
 */
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CslItem } from '../sources/model';
import { jsxHandlers } from './jsx-hast';
import { citationsHtml } from './note-html';
import {
  attachQuote,
  citeRefs,
  numberNotes,
  parseCites,
  type CiteField,
  type CiteRef,
  type NoteMark,
  type NoteUse,
} from './notes';
import { validChoices } from '../../shared/suggest';
import { loadSources } from '../../content-files';
import { recordEntryData } from '../../shared/entry-data';
import { fail } from '../../shared/errors';

declare module 'vfile' {
  interface DataMap {
    /** The entry's notes, numbered in reading order. */
    notes: NoteData[];
    /** The marks of the notes numbered before the text's: a movement's infobox facts. */
    frontmatterMarks: NoteMark[];
    /** The marks of the notes numbered after the text's: the entry's own timeline, one per event. */
    afterMarks: NoteMark[];
    /** How many notes the text and the infobox have: the ones after them only the timeline gives. */
    textNotes: number;
  }
}

export interface Options {
  base: string;
  /**
   * Cite lists in the frontmatter whose notes come before the text's (a movement's infobox): numbered first, in
   * the order given, with the same reuse rule. Their marks are recorded as `frontmatterMarks`.
   */
  frontmatterCites?: (frontmatter: Record<string, unknown>) => CiteField[];
  /**
   * Cite lists in the frontmatter whose notes come after the text's (an entry's own timeline): numbered last, in
   * the order given, with the same reuse rule (an event citing what a note cites gets that note's number). Their
   * marks are recorded as `afterMarks`, and the number of notes before them as `textNotes`.
   */
  afterCites?: (frontmatter: Record<string, unknown>) => CiteField[];
  /** Injected in unit tests; read from content/sources.yaml otherwise. */
  sources?: Map<string, CslItem>;
  /**
   * Whether the file is a translation: then its page's language (quotes' translations are in it) and the original's
   * front matter, whose cite lists give the infobox's and the timeline's notes (src/features/i18n/translation-file.ts).
   */
  translation?: (
    file: string | undefined,
    frontmatter: Record<string, unknown>,
  ) => { lang: string; frontmatter: Record<string, unknown> } | undefined;
}

/** A note as stored in frontmatter and rendered by the notes list (which the sidenotes copy, src/features/notes/client.ts). */
export interface NoteData {
  n: number;
  id: string;
  refs: string[];
  keys: string[];
  /** The works cited, with locators (the primary-source page uses them to list who cites each paragraph). */
  cites: CiteRef[];
  html: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isFn(node: { type: string; name?: string | null }): node is JsxElement {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fn';
}

function stringAttribute(file: VFile, node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (typeof attribute.value !== 'string') fail(file, `<Fn ${name}=…>: write ${name} as a plain string ("…")`);
  return attribute.value;
}

/** Commentary inside <Fn>…</Fn> as inline HTML (paragraphs are unwrapped: a note is one block). */
function commentaryHtml(node: JsxElement): string | undefined {
  const phrasing = (node.children as RootContent[]).flatMap((child) =>
    child.type === 'paragraph' ? (child.children as PhrasingContent[]) : [child as PhrasingContent],
  );
  if (phrasing.length === 0) return undefined;
  const html = toHtml(toHast({ type: 'paragraph', children: phrasing }, { handlers: jsxHandlers }))
    .replace(/^<p>|<\/p>$/g, '')
    .trim();
  return html || undefined;
}

/** Reads one <Fn>: its cites (checked against the sources) and its commentary. */
function readUse(file: VFile, fn: JsxElement, known: Map<string, CslItem>, reader?: string): NoteUse {
  const cite = stringAttribute(file, fn, 'cite');
  const loc = stringAttribute(file, fn, 'loc');
  const text = commentaryHtml(fn);
  const quote = {
    quote: stringAttribute(file, fn, 'quote'),
    lang: stringAttribute(file, fn, 'lang'),
    tr: stringAttribute(file, fn, 'tr'),
    disputed: stringAttribute(file, fn, 'disputed'),
  };
  let cites: CiteRef[] = [];
  try {
    cites = cite === undefined ? [] : parseCites(cite, loc);
    cites = attachQuote(cites, quote, reader);
  } catch (error) {
    fail(file, `<Fn cite="${cite}">: ${(error as Error).message}`);
  }
  if (cites.length === 0 && !text) fail(file, '<Fn> needs a cite="key" or commentary text inside it');
  for (const { key } of cites) {
    if (!known.has(key))
      fail(file, `<Fn cite="${cite}">: no source with the key "${key}". ${validChoices(key, known.keys())}`);
  }
  return text ? { cites, text } : { cites };
}

/** A cite field of the frontmatter as a note use, its keys checked against the sources. */
function frontmatterUse(file: VFile, cite: CiteField, known: Map<string, CslItem>, reader?: string): NoteUse {
  const shown = typeof cite === 'string' ? cite : JSON.stringify(cite);
  let cites: CiteRef[] = [];
  try {
    cites = citeRefs(cite, reader);
  } catch (error) {
    fail(file, `frontmatter cite ${shown}: ${(error as Error).message}`);
  }
  for (const { key } of cites) {
    if (!known.has(key))
      fail(file, `frontmatter cite ${shown}: no source with the key "${key}". ${validChoices(key, known.keys())}`);
  }
  return { cites };
}

export function remarkNotes({ base, sources, frontmatterCites, afterCites, translation }: Options) {
  return (tree: Root, file: VFile) => {
    const known = sources ?? loadSources();
    const vdata = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    vdata.astro ??= {};
    vdata.astro.frontmatter ??= {};
    const translated = translation?.(file.path, vdata.astro.frontmatter);
    const reader = translated?.lang;
    const frontmatter = translated?.frontmatter ?? vdata.astro.frontmatter;
    const first = (frontmatterCites?.(frontmatter) ?? []).map((cite) => frontmatterUse(file, cite, known, reader));
    const found: { node: JsxElement; use: NoteUse }[] = [];
    const merged = new Set<JsxElement>();
    visit(tree, (node, index, parent) => {
      if (!isFn(node as JsxElement) || merged.has(node as JsxElement)) return;
      const fn = node as JsxElement;
      // A note mark follows the word or punctuation it annotates: "cities.¹", never "cities. ¹".
      const before = index !== undefined ? parent?.children[index - 1] : undefined;
      if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
      const use = readUse(file, fn, known, reader);
      // Marks side by side ("¹²") become one note: one place in the text, one note (and one target to tap).
      const siblings = parent?.children ?? [];
      const gap = (i: number) => siblings[i]?.type === 'text' && /^\s*$/.test((siblings[i] as { value: string }).value);
      if (index !== undefined && gap(index + 1) && isFn(siblings[index + 2] as JsxElement))
        siblings.splice(index + 1, 1);
      let next = index !== undefined ? siblings[index + 1] : undefined;
      while (next && isFn(next as JsxElement)) {
        const other = readUse(file, next as JsxElement, known, reader);
        use.cites = [...use.cites, ...other.cites];
        if (other.text) use.text = [use.text, other.text].filter(Boolean).join(' ');
        merged.add(next as JsxElement);
        siblings.splice(index! + 1, 1);
        if (gap(index! + 1) && isFn(siblings[index! + 2] as JsxElement)) siblings.splice(index! + 1, 1);
        next = siblings[index! + 1];
      }
      found.push({ node: fn, use });
    });

    const after = (afterCites?.(frontmatter) ?? []).map((cite) => frontmatterUse(file, cite, known, reader));
    const { notes, uses: all } = numberNotes([...first, ...found.map((f) => f.use), ...after]);
    const uses = all.slice(first.length, first.length + found.length);
    const data: NoteData[] = notes.map((note) => {
      const joined = [citationsHtml(note.cites, known, base), note.text].filter(Boolean).join(' ');
      // On a translated page the pages a note links to (the primary source, the bibliography) are in English.
      const html = reader ? joined.replace(/<a href="(\/(?!\/)[^"]*)"/g, '<a href="$1" hreflang="en"') : joined;
      return {
        n: note.n,
        id: note.id,
        refs: note.refs,
        keys: [...new Set(note.cites.map((c) => c.key))],
        cites: note.cites,
        html,
      };
    });

    found.forEach(({ node }, i) => {
      const { n, ref } = uses[i]!;
      node.attributes = [
        { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
        { type: 'mdxJsxAttribute', name: 'refId', value: ref },
      ];
      node.children = [];
    });

    recordEntryData(file, 'notes', data);
    recordEntryData(file, 'frontmatterMarks', all.slice(0, first.length));
    recordEntryData(file, 'afterMarks', all.slice(first.length + found.length));
    // Notes are numbered in order, so the ones only the timeline gives are the last: the text's end where they start.
    recordEntryData(file, 'textNotes', Math.max(0, ...all.slice(0, first.length + found.length).map((u) => u.n)));
  };
}

/**
 * Translated entries (content/translations/<lang>/<section>/<id>.mdx) against their English originals: the original
 * exists, the front matter is valid (a 40-hex source commit), every `strings` key is a string the original's front
 * matter has, nothing runs, no bracketed translation of a quote already in the page's language, and the text has the
 * English text's headings and paragraphs in the same order, each with the same notes (cite, loc, quote, lang).
 *
 * Which English: the text at the translation's source commit, read from git, when the repository has it (the
 * translation must be faithful to what it was made from; later English changes make it stale, which the page says,
 * not a broken build); the current English file when there is no history (a tarball).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { contentFileName, contentPath, ENTRY_COLLECTIONS } from '../config';
import { TARGET_LANGS, visibleStrings, type TargetLang } from '../features/i18n/model';
import { translationSchema } from '../schemas';
import { validChoices } from '../shared/suggest';
import { parser, rel } from './context';
import { splitFrontmatter, type LocatedYaml } from './located-yaml';
import { unsafeNodes } from './mdx-guard';
import { inFile, type Problem } from './problem';
import { schemaFindings } from './schema';

/** A heading or paragraph of an entry's text, with the notes in it. */
export interface Block {
  kind: 'heading' | 'paragraph';
  line: number;
  /** Each <Fn>'s cite, loc, quote and lang, in order. */
  notes: string[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const attr = (node: Jsx, name: string) => {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const isFn = (node: { type: string; name?: string | null }): node is Jsx =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fn';

/** The headings and paragraphs of a text in order (list items' paragraphs too), each with its notes. */
export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type !== 'heading' && node.type !== 'paragraph') return;
    const notes: string[] = [];
    visit(node, (n) => {
      if (isFn(n as Jsx)) {
        const fn = n as Jsx;
        notes.push(['cite', 'loc', 'quote', 'lang'].map((k) => `${k}=${JSON.stringify(attr(fn, k) ?? '')}`).join(' '));
      }
    });
    // A paragraph inside a note's commentary is part of the note, not of the text.
    blocks.push({ kind: node.type, line: node.position?.start.line ?? 1, notes });
    return 'skip';
  });
  return blocks;
}

/** Where the translation's blocks part from the original's: the first difference, said for people. */
export function blockDifferences(translated: Block[], original: Block[]): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const n = Math.min(translated.length, original.length);
  for (let i = 0; i < n; i++) {
    const t = translated[i]!;
    const o = original[i]!;
    if (t.kind !== o.kind) {
      problems.push({
        line: t.line,
        message: `block ${i + 1} is a ${t.kind} where the English has a ${o.kind} (English line ${o.line}): keep the headings and paragraphs in the English order`,
      });
      return problems;
    }
    if (t.notes.join('\n') !== o.notes.join('\n')) {
      const j = t.notes.findIndex((x, k) => x !== o.notes[k]);
      const which = j < 0 ? o.notes.length : j;
      problems.push({
        line: t.line,
        message: `${t.kind} ${i + 1} has ${t.notes.length} note(s) where the English (line ${o.line}) has ${o.notes.length}; note ${which + 1} differs: English <Fn ${o.notes[which] ?? '(none)'}>, here <Fn ${t.notes[which] ?? '(none)'}>. Keep each <Fn>'s cite, loc, quote and lang as in English.`,
      });
    }
  }
  if (translated.length !== original.length)
    problems.push({
      line: translated[n]?.line ?? translated.at(-1)?.line ?? 1,
      message: `${translated.length} headings and paragraphs where the English has ${original.length}: translate each one, no more, no less`,
    });
  return problems;
}

/** The English file as it was at a commit, or undefined without that history. */
function englishAt(commit: string, file: string): string | undefined {
  try {
    const full = path.resolve(file);
    return execFileSync('git', ['show', `${commit}:./${path.basename(full)}`], {
      cwd: path.dirname(full),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/** Every problem of the translations in the content folder. */
export function translationFindings(): Problem[] {
  const root = contentPath('translations');
  if (!fs.existsSync(root)) return [];
  const problems: Problem[] = [];
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (const name of files) {
    const file = rel(path.join(root, name));
    const [lang, section, base, ...rest] = name.split(path.sep);
    if (
      rest.length ||
      !base ||
      !TARGET_LANGS.includes(lang as TargetLang) ||
      !ENTRY_COLLECTIONS.includes(section as never)
    ) {
      problems.push({
        file,
        message: `a translation lives at translations/<${TARGET_LANGS.join('|')}>/<${ENTRY_COLLECTIONS.join('|')}>/<id>.mdx`,
      });
      continue;
    }
    const id = base.slice(0, -4);
    const originalFile = path.join(contentPath(section as (typeof ENTRY_COLLECTIONS)[number]), `${id}.mdx`);
    if (!fs.existsSync(originalFile)) {
      const ids = fs.existsSync(path.dirname(originalFile))
        ? fs.readdirSync(path.dirname(originalFile)).map((f) => f.replace(/\.mdx$/, ''))
        : [];
      problems.push({
        file,
        line: 1,
        message: `unknown original: there is no ${contentFileName(section as 'movements')}/${id}.mdx to translate. ${validChoices(id, ids)}`,
      });
      continue;
    }
    const { frontmatter, body } = splitFrontmatter(fs.readFileSync(path.join(root, name), 'utf8'));
    let tree: Root;
    try {
      tree = parser.parse(body);
    } catch (error) {
      const e = error as { line?: number; reason?: string; message: string };
      problems.push({ file, line: e.line, message: `not valid MDX: ${e.reason ?? e.message}` });
      continue;
    }
    problems.push(...inFile(file, unsafeNodes(tree)));
    const data = (frontmatter.loaded ?? {}) as Record<string, unknown>;
    problems.push(
      ...inFile(
        file,
        schemaFindings(translationSchema.safeParse(data).error?.issues ?? [], data, { yaml: frontmatter }),
      ),
    );
    const commit = (data['source'] as { commit?: unknown } | undefined)?.commit;
    const then =
      typeof commit === 'string' && /^[0-9a-f]{40}$/.test(commit) ? englishAt(commit, rel(originalFile)) : undefined;
    // Both checks read the English the translation was made from, so a later English edit makes it stale, not broken.
    const original = splitFrontmatter(then ?? fs.readFileSync(originalFile, 'utf8'));
    problems.push(...inFile(file, unknownStrings(frontmatter, original.frontmatter.data)));
    // The quote's translation is for readers of another language: none when the quote is in the page's.
    visit(tree, (n) => {
      if (isFn(n as Jsx) && attr(n as Jsx, 'lang') === lang && attr(n as Jsx, 'tr') !== undefined)
        problems.push({
          file,
          line: n.position?.start.line,
          message: `<Fn cite="${attr(n as Jsx, 'cite')}">: the quote is in ${lang}, the page's language: drop its tr`,
        });
    });
    const english = original.body;
    let englishTree: Root;
    try {
      englishTree = parser.parse(english);
    } catch {
      continue; // the English file's own check reports it
    }
    problems.push(...inFile(file, blockDifferences(blocksOf(tree), blocksOf(englishTree))));
  }
  return problems;
}

/** `strings` keys that are not reader-visible strings of the original's front matter. */
function unknownStrings(frontmatter: LocatedYaml, original: unknown): { line: number; message: string }[] {
  const strings = (frontmatter.data as { strings?: unknown } | null)?.strings;
  if (typeof strings !== 'object' || strings === null) return [];
  const known = visibleStrings(original);
  return Object.keys(strings)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      line: frontmatter.lineOf(['strings', key]),
      message: `strings: "${key}" is not a string of the original's front matter (an event label, role, place or quote translation, as written in English)`,
    }));
}

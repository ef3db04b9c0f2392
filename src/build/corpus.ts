// A generated content set of N movement entries of realistic size, valid under src/schemas.ts,
// for measuring how the build grows. The text is filler; nothing here is published.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../config.ts';

export interface CorpusShape {
  entries: number;
  /** Words of running text per entry. */
  words: number;
  /** Note references per entry. */
  notes: number;
  /** Links to other entries per entry. */
  links: number;
  /** Works in sources.yaml. */
  sources: number;
}

export const REALISTIC: Omit<CorpusShape, 'entries'> = { words: 1500, notes: 30, links: 10, sources: 400 };

const VOCABULARY = (
  'the movement its leaders party council congress republic election deputies members founded programme ' +
  'language rights press newspaper meeting registration government ministry city region steppe history ' +
  'sources report scholars account version date year month spring autumn autonomy independence culture ' +
  'association delegates chairman conference activists demands protest supporters opposition students ' +
  'workers writers society union committee declaration statement petition archive interview article ' +
  'was were had said wrote called argued claimed reported agreed disagreed recorded named described ' +
  'early later first second official public local national several many most other same new former ' +
  'in of on for with by from after before during between about against under over among without'
).split(' ');

/** A small seeded generator, so that every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(4, '0');
const entryId = (i: number) => `gen-${pad(i)}`;
const sourceId = (i: number) => `src-${pad(i)}`;

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  const text = picked.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function entry(i: number, shape: CorpusShape, next: () => number): string {
  const other = () => {
    const j = Math.floor(next() * shape.entries);
    return j === i ? (i + 1) % shape.entries : j;
  };
  const paragraphs = 20;
  const perParagraph = Math.round(shape.words / paragraphs);
  // Every paragraph carries a note (the build refuses one without): its last sentence, then the rest at random.
  const notesAt = new Set<number>(Array.from({ length: Math.min(paragraphs, shape.notes) }, (_, p) => p * 5 + 4));
  while (notesAt.size < shape.notes) notesAt.add(Math.floor(next() * paragraphs * 5));
  const linksAt = new Set<number>();
  while (linksAt.size < shape.links) linksAt.add(Math.floor(next() * paragraphs * 5));
  const body: string[] = [];
  let slot = 0;
  const used: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p % 4 === 0) body.push(`## ${sentence(next, 3).slice(0, -1)}`);
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++, slot++) {
      const length = Math.round(perParagraph / 5);
      let text = sentence(next, length);
      if (linksAt.has(slot)) {
        const j = other();
        text = text.replace(/ (\w+) (\w+)/, ` [Entry ${j}](movement:${entryId(j)}) $2`);
      }
      // Every fourth note repeats an earlier one, as real entries cite one page more than once.
      if (notesAt.has(slot)) {
        const cite =
          used.length > 0 && used.length % 4 === 0
            ? used[Math.floor(next() * used.length)]!
            : slot % 7 === 0
              ? 'report" loc="excerpt A, ¶4'
              : `${sourceId(Math.floor(next() * shape.sources))}" loc="p. ${1 + Math.floor(next() * 300)}`;
        used.push(cite);
        text += `<Fn cite="${cite}" />`;
      }
      sentences.push(text);
    }
    body.push(sentences.join(' '));
  }
  const orientation = ['kazakh-national', 'russian-speaking', 'civic-environmental'][i % 3];
  const relation = i > 0 && i % 3 === 0 ? `\nrelations:\n  - { type: allied-with, target: ${entryId(i - 1)} }` : '';
  return `---
title: Entry ${i}
names: { ru: Движение ${i}, latin: Entry ${i} }
summary: A generated entry of realistic length, used only to measure how the build grows with the corpus.
founded: { date: "19${86 + (i % 10)}-0${1 + (i % 9)}", place: Almaty, cite: "${sourceId((i + 1) % shape.sources)}, p. 5" }
orientation: ${orientation}${relation}
report: [a-4]
events:
  - { date: "1990-05", label: "A dated event of the generated entry", cite: "${sourceId(i % shape.sources)}, p. 3" }
updated: 2026-11-01
---

${body.join('\n\n')}
`;
}

function sources(count: number) {
  // The primary report, which entries cite by excerpt and paragraph.
  const report = {
    id: 'report',
    type: 'manuscript',
    issued: { 'date-parts': [[1994], [1995]], circa: true },
    untitled: true,
    unsigned: true,
    title: 'Unattributed report',
    language: 'en',
  };
  return [
    report,
    ...Array.from({ length: count }, (_, i) => ({
      id: sourceId(i),
      type: i % 3 === 0 ? 'book' : i % 3 === 1 ? 'article-journal' : 'webpage',
      author: [{ family: `Author${i}`, given: 'Aigerim' }],
      title: `A generated work on the movements of the late Soviet period, number ${i}`,
      ...(i % 3 === 1
        ? { 'container-title': 'Central Asian Survey', volume: String(10 + (i % 20)), page: '1-30' }
        : {}),
      ...(i % 3 === 0 ? { publisher: 'Generated Press', 'publisher-place': 'Almaty' } : {}),
      ...(i % 3 === 2 ? { URL: `https://example.org/works/${i}`, accessed: { 'date-parts': [[2026, 11, 28]] } } : {}),
      issued: { 'date-parts': [[1990 + (i % 30)]] },
    })),
  ];
}

/** Writes the corpus under `dir` (movements/, sources.yaml, people.yaml, terms.yaml, primary/). */
export function writeCorpus(dir: string, shape: CorpusShape, projectRoot: string): void {
  const next = random(shape.entries);
  mkdirSync(contentPath('movements', dir), { recursive: true });
  mkdirSync(contentPath('context', dir), { recursive: true });
  for (let i = 0; i < shape.entries; i++) {
    writeFileSync(path.join(contentPath('movements', dir), `${entryId(i)}.mdx`), entry(i, shape, next));
  }
  // JSON is YAML: the file loaders read it as they read the real files.
  writeFileSync(contentPath('sources', dir), JSON.stringify(sources(shape.sources), null, 1));
  const people = Array.from({ length: 5 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    summary: 'A generated profile, used only to measure the build.',
    cite: sourceId(i),
  }));
  writeFileSync(contentPath('people', dir), JSON.stringify(people, null, 1));
  const terms = Array.from({ length: 5 }, (_, i) => ({
    id: `term-${i}`,
    term: `term ${i}`,
    definition: 'A generated definition, used only to measure the build.',
    cite: sourceId(i),
  }));
  writeFileSync(contentPath('terms', dir), JSON.stringify(terms, null, 1));
  cpSync(contentPath('primary', path.join(projectRoot, 'content')), contentPath('primary', dir), { recursive: true });
}

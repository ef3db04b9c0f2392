// The content's frontmatter, read straight from the files: what the built pages are checked against.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { contentPath, ENTRY_COLLECTIONS } from '../../src/config';
import type { CiteField } from '../../src/features/notes/notes';
import { PROJECT_ROOT } from '../../src/build/build-site';

export interface Frontmatter {
  title: string;
  names: { latin: string; aliases?: string[] };
  founded?: {
    date: string;
    place?: string;
    cite: CiteField;
    otherDates?: { date: string; what?: string; cite: CiteField }[];
  };
  ended?: { date: string; cite: CiteField };
  orientation?: string;
  relations?: { type: string; target: string }[];
  people?: string[];
  leaders?: { person: string; role: string; cite: CiteField }[];
  events?: { date: string; label: string; cite: CiteField }[];
  date?: { start: string; end?: string };
  period?: string;
}

export interface ContentEntry {
  collection: 'movements' | 'context';
  id: string;
  url: string;
  data: Frontmatter;
}

/** Every movement and context entry, with its frontmatter parsed. */
export function readEntries(root = path.join(PROJECT_ROOT, 'content')): ContentEntry[] {
  return ENTRY_COLLECTIONS.flatMap((collection) =>
    readdirSync(contentPath(collection, root))
      .filter((f) => f.endsWith('.mdx'))
      .map((file) => {
        const text = readFileSync(path.join(contentPath(collection, root), file), 'utf8');
        const yaml = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
        const id = file.replace(/\.mdx$/, '');
        return { collection, id, url: `/${collection}/${id}/`, data: load(yaml) as Frontmatter };
      }),
  );
}

/**
 * What the plugins record about an entry, declared once as typed vfile data: the rest of the site reads these
 * types through `vfile`'s DataMap (see src/features/entry/model.ts) and never imports a plugin.
 */
import type { DataMap, VFile } from 'vfile';
import type { NoteMark } from '../features/notes/notes';
import type { ParagraphData } from '../features/paragraphs/rehype-paragraph-ids';
import type { NoteData } from '../features/notes/remark-notes';

declare module 'vfile' {
  interface DataMap {
    /** The entry's notes, numbered in reading order (remark-notes). */
    notes: NoteData[];
    /** The marks of the notes numbered before the text's: a movement's infobox facts (remark-notes). */
    frontmatterMarks: NoteMark[];
    /** The marks of the notes numbered after the text's: the entry's own timeline, one per event (remark-notes). */
    afterMarks: NoteMark[];
    /** How many notes the text and the infobox have: the ones after them only the timeline gives (remark-notes). */
    textNotes: number;
    /** Internal links out of the entry, as "kind:id" (remark-entry-links). */
    links: string[];
    /** The entry's body paragraphs: id, number, words (rehype-paragraph-ids). */
    paragraphs: ParagraphData[];
  }
}

/** The names of the outputs the plugins record. */
export type EntryDataKey = 'notes' | 'frontmatterMarks' | 'afterMarks' | 'textNotes' | 'links' | 'paragraphs';

/**
 * Records one output on the file, and in its frontmatter too: Astro hands an entry's frontmatter, as the plugins
 * left it, to render() (`remarkPluginFrontmatter`), which is how the output reaches the pages.
 */
export function recordEntryData<K extends EntryDataKey>(file: VFile, key: K, value: DataMap[K]): void {
  (file.data as Partial<Pick<DataMap, EntryDataKey>>)[key] = value;
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}

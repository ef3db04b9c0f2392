/** The cited facts of a movement's frontmatter that its infobox shows, in the infobox's order. */
import type { CiteField } from './notes';

interface Cited {
  cite?: unknown;
}

/** A fact's cite field: a cite list ("a, p. 2; b") or a list of works with their quotes. */
const citeOf = (value: unknown): CiteField[] => {
  const cite = (value as Cited | undefined)?.cite;
  return typeof cite === 'string' || Array.isArray(cite) ? [cite as CiteField] : [];
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The cite lists of the infobox's facts: the founding date, the other founding dates, the end date, then each
 * leader. remark-notes numbers these notes before the text's (the infobox comes first in the page), so it reads
 * the frontmatter as written, before the schema has checked it: a field of the wrong shape gives no cite here,
 * and the schema's error names it.
 */
export function infoboxCites(frontmatter: Record<string, unknown>): CiteField[] {
  const founded = frontmatter['founded'] as { otherDates?: unknown } | undefined;
  return [
    ...citeOf(founded),
    ...list(founded?.otherDates).flatMap(citeOf),
    ...citeOf(frontmatter['ended']),
    ...list(frontmatter['leaders']).flatMap(citeOf),
  ];
}


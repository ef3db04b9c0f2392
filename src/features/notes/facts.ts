/** The cited facts of an entry's frontmatter that carry the page's own notes: the infobox's, and the timeline's. */
import type { CiteField } from './notes';
import { timelineOf, type Dated } from '../timeline/model';

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

/**
 * The cite lists of an entry's own timeline, one per event, in the order the timeline shows them (timelineOf: the
 * events written, and a movement's founding and end dates unless an event has that date). remark-notes numbers
 * these notes after the text's (the timeline comes after the text). Read like infoboxCites, before the schema.
 */
export function timelineCites(frontmatter: Record<string, unknown>): CiteField[] {
  const dated = (value: unknown) => {
    const { date, cite } = (value ?? {}) as { date?: unknown; cite?: unknown };
    return typeof date === 'string' && citeOf(value).length > 0 ? { date, cite: cite as CiteField } : undefined;
  };
  const events = list(frontmatter['events']).flatMap((e) => {
    const d = dated(e);
    return d ? [{ ...d, label: '' }] : [];
  });
  const entry: Dated = { collection: 'movements', id: '', title: '', events };
  const founded = dated(frontmatter['founded']);
  const ended = dated(frontmatter['ended']);
  if (founded) entry.founded = founded;
  if (ended) entry.ended = ended;
  return timelineOf([entry]).map((e) => e.cite);
}

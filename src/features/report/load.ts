/** The primary source, read and parsed once per build. */
import fs from 'node:fs';
import { AstroError } from 'astro/errors';
import { contentPath } from '../../config';
import { parseReport, type Report, type ReportParagraph } from './model';

let report: Report | undefined;

export function getReport(): Report {
  report ??= parseReport(fs.readFileSync(contentPath('report'), 'utf8'));
  return report;
}

/** The report's paragraphs and notes by anchor id ("a-3", "b-u2", "b-note-26"). */
export function reportPassages(): Map<string, ReportParagraph> {
  return new Map(getReport().excerpts.flatMap((e) => [...e.paragraphs, ...e.notes].map((p) => [p.id, p] as const)));
}

/** The passages an entry quotes; an unknown anchor fails the build, naming the entry's file. */
export function passagesFor(ids: string[], where: string): ReportParagraph[] {
  const passages = reportPassages();
  return ids.map((id) => {
    const passage = passages.get(id);
    if (!passage)
      throw new AstroError(
        `${where}: report passage "${id}" does not exist.`,
        `Known: ${[...passages.keys()].join(', ')}.`,
      );
    return passage;
  });
}

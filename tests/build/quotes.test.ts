// Every note checkable in seconds: notes that support a date or a number carry the source's own words.
import { describe, expect, inject, test } from 'vitest';
import { citeRefs, type CiteField } from '../../src/features/notes/notes';
import { quoteCoverage, type AnnotatedClaim } from '../../src/features/notes/quote-coverage';
import { readEntries } from '../support/content';
import { readPages, type Page } from '../../src/build/read-pages';

/** The claims of a page's text: for each note mark, the words since the previous mark in the same paragraph. */
function claimsOf($: Page['$']): AnnotatedClaim[] {
  const claims: AnnotatedClaim[] = [];
  $('.entry-body p[id^="p-"]').each((_, p) => {
    let text = '';
    const walk = (nodes: ReturnType<typeof $>) =>
      nodes.contents().each((_, node) => {
        const $node = $(node);
        if (node.type === 'text') text += $node.text();
        else if ($node.hasClass('para-link'))
          return; // the paragraph's number is not part of its claims
        else if ($node.hasClass('fn')) {
          claims.push({ n: Number($node.find('.noteref').first().text()), claim: text });
          text = '';
        } else walk($node);
      });
    walk($(p));
  });
  return claims;
}

/** Every YAML cite of an entry's frontmatter: founded, other dates, ended, leaders, events. */
function frontmatterCites(data: ReturnType<typeof readEntries>[number]['data']): CiteField[] {
  return [
    ...(data.founded ? [data.founded.cite, ...(data.founded.otherDates ?? []).map((d) => d.cite)] : []),
    ...(data.ended ? [data.ended.cite] : []),
    ...(data.leaders ?? []).map((l) => l.cite),
    ...(data.events ?? []).map((e) => e.cite),
  ];
}

describe('quotations in notes', () => {
  test('at least 95% of the notes that support a date or a number quote their source, and 85% on every entry (figures printed)', () => {
    const pages = readPages(inject('distDir'));
    const rows: string[] = [];
    let needing = 0;
    let quoted = 0;
    const below: string[] = [];
    for (const entry of readEntries()) {
      const { $ } = pages.find((p) => p.url === entry.url)!;
      const quotedNotes = new Set(
        $('.notes li')
          .filter((_, li) => $(li).find('q').length > 0)
          .map((_, li) => Number(li.attribs.id!.replace('note-', '')))
          .get(),
      );
      const coverage = quoteCoverage(claimsOf($), quotedNotes);
      const facts = frontmatterCites(entry.data).flatMap((c) => citeRefs(c));
      const factsQuoted = facts.filter((r) => r.quote).length;
      needing += coverage.needing;
      quoted += coverage.quoted;
      rows.push(
        `${entry.url.padEnd(40)} text notes with a date or number: ${coverage.quoted}/${coverage.needing} quoted` +
          `${coverage.missing.length ? ` (missing: ${coverage.missing.join(', ')})` : ''}; frontmatter works: ${factsQuoted}/${facts.length} quoted`,
      );
      if (coverage.quoted < 0.85 * coverage.needing)
        below.push(`${entry.url}: notes ${coverage.missing.join(', ')} have no quote`);
    }
    console.log(
      `Quote coverage: ${quoted}/${needing} (${((100 * quoted) / Math.max(needing, 1)).toFixed(1)}%)\n${rows.join('\n')}`,
    );
    expect(below).toEqual([]);
    expect(quoted / needing).toBeGreaterThanOrEqual(0.95);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { anchorForLocator, fromSuperscript, parseReport, reportAnchors } from '../../src/lib/report';

const report = parseReport(readFileSync('content/primary/report-excerpts.md', 'utf8'));

describe('parseReport()', () => {
  test('finds both excerpts, their paragraphs and their own notes', () => {
    expect(report.excerpts.map((e) => e.letter)).toEqual(['A', 'B']);
    expect(report.excerpts[0]!.paragraphs).toHaveLength(5);
    expect(report.excerpts[0]!.notes.map((n) => n.id)).toEqual(['a-note-30', 'a-note-31']);
    expect(report.excerpts[1]!.notes.map((n) => n.id)).toEqual(['b-note-26']);
  });
  test('keeps numbered paragraphs apart and the text verbatim', () => {
    const [, zheltoqsan, alash] = report.excerpts[0]!.paragraphs;
    expect(zheltoqsan!.text).toMatch(/^3\. Proceeding down the track of Kazakh nationalism/);
    expect(alash!.text).toMatch(/^4\. At the extreme end/);
    expect(report.excerpts[1]!.paragraphs[1]!.text).toContain('Nazarbaev, although authoritarian');
  });
  test('the project introduction is kept apart from the report text', () => {
    expect(report.introduction.join(' ')).toContain('author, title and publisher are not known');
  });
});

describe('anchors', () => {
  test('a locator names an anchor on the primary-source page', () => {
    expect(anchorForLocator('excerpt A, ¶2')).toBe('a-2');
    expect(anchorForLocator('excerpt B, note 26')).toBe('b-note-26');
    expect(anchorForLocator('p. 3')).toBeUndefined();
    expect(reportAnchors(report).get('a-2')).toBe('excerpt A, ¶2');
  });
  test('superscript numbers read as numbers', () => {
    expect(fromSuperscript('³⁰')).toBe(30);
    expect(fromSuperscript('²⁶')).toBe(26);
  });
});

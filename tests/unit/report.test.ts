import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentPath } from '../../src/config';
import { anchorForLocator, fromSuperscript, parseReport, reportAnchors } from '../../src/features/report/model';

const report = parseReport(readFileSync(contentPath('report'), 'utf8'));

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
  test('numbers paragraphs as the report does: its own numbers, a letter after them, brackets before any', () => {
    expect(report.excerpts[0]!.paragraphs.map((p) => p.mark)).toEqual(['[1]', '3', '4', '4a', '4b']);
    expect(report.excerpts[1]!.paragraphs.map((p) => p.label)).toEqual([
      'excerpt B, ¶[1]',
      'excerpt B, ¶[2]',
      'excerpt B, ¶[3]',
      'excerpt B, ¶[4]',
      'excerpt B, ¶[5]',
    ]);
    expect(report.excerpts[0]!.paragraphs.map((p) => p.id)).toEqual(['a-u1', 'a-3', 'a-4', 'a-4a', 'a-4b']);
  });
  test('the project introduction is kept apart from the report text', () => {
    expect(report.introduction.join(' ')).toContain('author, title and publisher are not known');
  });
});

describe('anchors', () => {
  test('a locator names an anchor on the primary-source page', () => {
    expect(anchorForLocator('excerpt A, ¶3')).toBe('a-3');
    expect(anchorForLocator('excerpt A, ¶4a')).toBe('a-4a');
    expect(anchorForLocator('excerpt B, ¶[2]')).toBe('b-u2');
    expect(anchorForLocator('excerpt B, note 26')).toBe('b-note-26');
    expect(anchorForLocator('p. 3')).toBeUndefined();
    expect(reportAnchors(report).get('a-3')).toBe('excerpt A, ¶3');
  });
  test('superscript numbers read as numbers', () => {
    expect(fromSuperscript('³⁰')).toBe(30);
    expect(fromSuperscript('²⁶')).toBe(26);
  });
});

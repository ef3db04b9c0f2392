import { describe, expect, test } from 'vitest';
import { formatBibliographyEntry, formatShortNote, joinNoteParts, sortKey } from '../../src/lib/citations';

const article = {
  id: 'babak-2005',
  type: 'article-journal',
  author: [{ family: 'Babak', given: 'Vladimir' }],
  title: 'Kazakhstan: How Its Multiparty System Came into Being',
  'container-title': 'Central Asia and the Caucasus',
  volume: '6',
  issue: '2',
  page: '78-88',
  issued: { 'date-parts': [[2005]] },
};
const book = {
  id: 'helsinki-watch-1990',
  type: 'book',
  author: [{ literal: 'Helsinki Watch' }],
  title: 'Conflict in the Soviet Union: The Untold Story of the Clashes in Kazakhstan',
  publisher: 'Human Rights Watch',
  'publisher-place': 'New York',
  issued: { 'date-parts': [[1990]] },
};

describe('formatShortNote()', () => {
  test('gives author, short title and page in Chicago short form', () => {
    expect(formatShortNote(article, { key: 'babak-2005', locator: 'p. 80' })).toBe(
      'Babak, “Kazakhstan: How Its Multiparty System Came into Being,” 80',
    );
  });
  test('italicises book titles and keeps free-form locators', () => {
    expect(formatShortNote(book, { key: 'helsinki-watch-1990', locator: 'ch. 2' })).toContain(
      'Helsinki Watch, <i>Conflict in the Soviet Union',
    );
    const report = { id: 'report', type: 'manuscript', genre: 'Unattributed report' };
    expect(formatShortNote(report, { key: 'report', locator: 'excerpt A, ¶3' })).toBe(
      'Unattributed report, excerpt A, ¶3',
    );
  });
});

describe('joinNoteParts()', () => {
  test('ends the note with one full stop, inside a closing quote', () => {
    expect(joinNoteParts(['A, 1', 'B, 2'])).toBe('A, 1; B, 2.');
    expect(joinNoteParts(['Babak, “Title”'])).toBe('Babak, “Title.”');
    expect(joinNoteParts(['Already done.'])).toBe('Already done.');
  });
});

describe('formatBibliographyEntry()', () => {
  test('gives the full Chicago bibliography entry', () => {
    expect(formatBibliographyEntry(article)).toBe(
      'Babak, Vladimir. “Kazakhstan: How Its Multiparty System Came into Being.” <i>Central Asia and the Caucasus</i> 6, no. 2 (2005): 78–88.',
    );
    expect(formatBibliographyEntry(book)).toBe(
      'Helsinki Watch. <i>Conflict in the Soviet Union: The Untold Story of the Clashes in Kazakhstan</i>. New York: Human Rights Watch, 1990.',
    );
  });
  test('sorts by family name or organisation', () => {
    expect(sortKey(article) < sortKey(book)).toBe(true);
  });
});

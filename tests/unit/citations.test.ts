import { describe, expect, test } from 'vitest';
import { formatBibliographyEntry, formatShortNote, joinNoteParts, sortKey } from '../../src/features/sources/model';

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

describe('the site’s own source fields', () => {
  const translated = {
    id: 'zonakz-2001',
    type: 'article-newspaper',
    title: 'Есть ли русское движение в Казахстане?',
    'title-translation': 'Is there a Russian movement in Kazakhstan?',
    unsigned: true,
    'container-title': 'ZONAkz',
    issued: { 'date-parts': [[2001, 2, 20]] },
    URL: 'https://zonakz.net/x/',
    accessed: { 'date-parts': [[2026, 11, 28]] },
    language: 'ru',
  };
  test('a translated title is followed by its translation in brackets, outside the quotation marks', () => {
    const english = { ...translated, title: '29 августа 1991 года закрыли полигон', language: 'en' };
    expect(formatShortNote(english, { key: 'x' })).toContain('“29 августа 1991 года закрыли полигон”');
    expect(formatBibliographyEntry(translated)).toBe(
      '<i>ZONAkz</i>. “Есть ли русское движение в Казахстане?” [Is there a Russian movement in Kazakhstan?]. February 20, 2001. https://zonakz.net/x/.',
    );
    expect(formatShortNote(translated, { key: 'zonakz-2001' })).toBe(
      '“Есть ли русское движение в Казахстане?” [Is there a Russian movement in Kazakhstan?]',
    );
    const book = {
      id: 'n',
      type: 'book',
      title: 'Моя жизнь',
      'title-translation': 'My life',
      publisher: 'Foliant',
      issued: { 'date-parts': [[2023]] },
      language: 'ru',
    };
    expect(formatBibliographyEntry(book)).toBe('<i>Моя жизнь</i> [My life]. Foliant, 2023.');
  });
  test('a descriptive title (untitled) is set without quotation marks or italics, and keeps its case', () => {
    const report = {
      id: 'report',
      type: 'manuscript',
      title: 'Unattributed report on parties',
      'title-short': 'Unattributed report',
      untitled: true,
      unsigned: true,
      issued: { 'date-parts': [[1994], [1995]], circa: true },
    };
    expect(formatShortNote(report, { key: 'report', locator: 'excerpt A, ¶3' })).toBe(
      'Unattributed report, excerpt A, ¶3',
    );
    expect(formatBibliographyEntry(report)).toBe('Unattributed report on parties, [1994–1995?].');
  });
  test('an undated work says “n.d.”, with its access date when cited by URL', () => {
    const page = { ...translated, issued: undefined, nodate: true };
    expect(formatBibliographyEntry(page)).toContain(
      '[Is there a Russian movement in Kazakhstan?]. n.d. Accessed November 28, 2026. https://zonakz.net/x/.',
    );
    const book = {
      id: 's',
      type: 'book',
      author: [{ family: 'Sultanov', given: 'B. K.' }],
      title: 'Kazakhstan Today',
      publisher: 'P',
      nodate: true,
    };
    expect(formatBibliographyEntry(book)).toBe('Sultanov, B. K. <i>Kazakhstan Today</i>. P, n.d.');
    const web = {
      id: 'w',
      type: 'webpage',
      author: [{ family: 'Abenov' }],
      title: 'Article on Aron Atabek',
      untitled: true,
      nodate: true,
      URL: 'https://a.example/',
      accessed: { 'date-parts': [[2026, 11, 28]] },
    };
    expect(formatBibliographyEntry(web)).toBe(
      'Abenov. Article on Aron Atabek. n.d. Accessed November 28, 2026. https://a.example/.',
    );
    const copied = {
      ...book,
      copy: { name: 'studmed.ru', URL: 'https://studmed.ru/x' },
      accessed: { 'date-parts': [[2026, 11, 28]] },
    };
    expect(formatBibliographyEntry(copied).match(/n\.d\./g)).toHaveLength(1);
  });
  test('a Wikipedia revision is dated by its day and linked by its permanent link', () => {
    const link = 'https://de.wikipedia.org/w/index.php?title=Alasch&oldid=123456';
    const wiki = {
      id: 'w',
      type: 'webpage',
      'container-title': 'Wikipedia',
      title: 'Alasch',
      'title-translation': 'Alash',
      URL: link,
      revision: { oldid: 123456, date: '2024-03-09' },
      accessed: { 'date-parts': [[2026, 11, 28]] },
    };
    const entry = formatBibliographyEntry(wiki);
    expect(entry).toContain('March 9, 2024');
    expect(entry).toContain(link.replace(/&/g, '&#38;'));
    expect(entry).not.toContain('n.d.');
    expect(entry).not.toContain('123456,');
  });
  test('the copy that was read is named after the work’s own address', () => {
    const copied = { ...translated, copy: { name: 'docslib.org', URL: 'https://docslib.org/doc/1' } };
    expect(formatBibliographyEntry(copied)).toMatch(
      /https:\/\/zonakz\.net\/x\/\. Read at: docslib\.org, https:\/\/docslib\.org\/doc\/1\.$/,
    );
    // An entry page's list leaves the copy to the bibliography.
    expect(formatBibliographyEntry(copied, { copy: false })).toMatch(/https:\/\/zonakz\.net\/x\/\.$/);
    expect(formatShortNote(copied, { key: 'zonakz-2001' })).not.toContain('docslib');
  });
});

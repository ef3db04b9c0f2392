import { describe, expect, test } from 'vitest';
import { isWikipedia, sourceProblems, type SourceFields } from '../../src/checks/source-rules';

const accessed = { 'date-parts': [[2026, 11, 28]] };
/** A record that meets every rule; each test breaks one. */
const good: SourceFields = {
  id: 'zonakz-2001',
  type: 'article-newspaper',
  title: 'Есть ли русское движение в Казахстане?',
  'title-translation': 'Is there a Russian movement in Kazakhstan?',
  unsigned: true,
  'container-title': 'ZONAkz',
  issued: { 'date-parts': [[2001, 2, 20]] },
  URL: 'https://zonakz.net/2001/02/20/est-li-russkoe-dvizhenie-v-kazaxstane/',
  accessed,
  language: 'ru',
};
/** The problems' messages, each with the path of the field at fault when there is one ("URL: has a URL…"). */
const said = (s: SourceFields) =>
  sourceProblems(s).map((p) => (p.field.length ? `${p.field.join('.')}: ${p.message}` : p.message));
const problems = (change: Partial<SourceFields> & Record<string, unknown>) => said({ ...good, ...change });

describe('sourceProblems()', () => {
  test('accepts a fully identified record', () => {
    expect(said(good)).toEqual([]);
  });
  test('a real title: none, or a bracketed placeholder, fails; a descriptive one needs `untitled`', () => {
    expect(problems({ title: undefined }).join()).toMatch(/^has no title/);
    expect(problems({ title: '[Article on the «желтоксановцы»]' }).join()).toMatch(
      /^title: has square brackets in its title/,
    );
    expect(problems({ title: 'Article on Lad', untitled: true, 'title-translation': undefined })).toEqual([]);
  });
  test('an author, or `unsigned` with a container or publisher', () => {
    expect(problems({ unsigned: undefined }).join()).toMatch(/has no author/);
    expect(problems({ 'container-title': undefined, publisher: undefined }).join()).toMatch(
      /unsigned but names no container title or publisher/,
    );
    expect(problems({ unsigned: undefined, author: [{ family: 'Aqqaly' }] })).toEqual([]);
    expect(problems({ author: [{ family: 'Aqqaly' }] }).join()).toMatch(/author but says `unsigned: true`/);
  });
  test('a Wikipedia article names Wikipedia and its language edition, by an address on that edition', () => {
    const wiki = {
      ...good,
      unsigned: undefined,
      'container-title': 'Wikipedia',
      language: 'de',
      title: 'Alasch',
      'title-translation': 'Alash',
      issued: undefined,
      URL: 'https://de.wikipedia.org/w/index.php?title=Alasch&oldid=123456',
      revision: { oldid: 123456, date: '2024-03-09' },
    };
    expect(isWikipedia(wiki)).toBe(true);
    expect(said(wiki)).toEqual([]);
    expect(said({ ...wiki, URL: 'https://de.zxc.wiki/wiki/Alasch' }).join()).toMatch(
      /on de\.wikipedia\.org .*not a mirror/,
    );
    expect(said({ ...wiki, URL: 'https://en.wikipedia.org/wiki/Alasch' }).join()).toMatch(/on de\.wikipedia\.org/);
    expect(said({ ...wiki, 'container-title': 'Wikipedia (German)' })).toEqual([]);
    expect(said({ ...wiki, 'container-title': 'de.wikipedia.org' }).join()).toMatch(
      /container title must be “Wikipedia”/,
    );
  });
  test('a Wikipedia article is cited by the revision read, linked by its permanent link', () => {
    const wiki = {
      ...good,
      unsigned: undefined,
      'container-title': 'Wikipedia',
      language: 'en',
      title: 'Aron Atabek',
      'title-translation': undefined,
      issued: undefined,
      URL: 'https://en.wikipedia.org/w/index.php?title=Aron_Atabek&oldid=987654321',
      revision: { oldid: 987654321, date: '2025-01-31' },
    };
    expect(said(wiki)).toEqual([]);
    // No revision: the record as a whole is at fault (the build names its first line).
    expect(
      said({ ...wiki, revision: undefined, nodate: true, URL: 'https://en.wikipedia.org/wiki/Aron_Atabek' }),
    ).toEqual([expect.stringMatching(/^is a Wikipedia article but names no revision: give the revision read/)]);
    // The article's current address, another revision's link or a diff is not the revision cited.
    for (const URL of [
      'https://en.wikipedia.org/wiki/Aron_Atabek',
      'https://en.wikipedia.org/w/index.php?title=Aron_Atabek&oldid=987654320',
      'https://en.wikipedia.org/w/index.php?oldid=987654321',
      'http://en.wikipedia.org/w/index.php?title=Aron_Atabek&oldid=987654321',
    ])
      expect(said({ ...wiki, URL }).join()).toMatch(
        /^URL: is a Wikipedia article: its URL must be the permanent link of the revision cited, https:\/\/en\.wikipedia\.org\/w\/index\.php\?title=…&oldid=987654321$/,
      );
    // The revision's day is the work's date: `nodate` contradicts it.
    expect(said({ ...wiki, nodate: true }).join()).toMatch(/^nodate: names a revision/);
    // Other works need no revision.
    expect(problems({ revision: undefined })).toEqual([]);
  });
  test('a date, or `nodate`, not both', () => {
    expect(problems({ issued: undefined }).join()).toMatch(/has no date/);
    expect(problems({ issued: undefined, nodate: true })).toEqual([]);
    expect(problems({ nodate: true }).join()).toMatch(/both an issued date and `nodate: true`/);
  });
  test('a URL or a publisher (a periodical article may give its periodical); URLs are http(s)', () => {
    const book = {
      ...good,
      type: 'book',
      'container-title': undefined,
      publisher: undefined,
      URL: undefined,
      accessed: undefined,
      unsigned: undefined,
      author: [{ family: 'A' }],
    };
    expect(said(book).join()).toMatch(/neither a URL nor a publisher/);
    expect(said({ ...book, publisher: 'Foliant' })).toEqual([]);
    expect(said({ ...book, copy: { name: 'studmed.ru', URL: 'https://studmed.ru/view/1' }, accessed })).toEqual([]);
    expect(problems({ URL: undefined, accessed: undefined })).toEqual([]);
    expect(problems({ URL: 'ftp://zonakz.net/a' })).toEqual(['URL: has a URL that is not http(s): ftp://zonakz.net/a']);
    expect(
      said({
        id: 'report',
        type: 'manuscript',
        title: 'Unattributed report',
        untitled: true,
        unsigned: true,
        issued: {},
      }),
    ).toEqual([]);
  });
  test('an access date for anything cited by URL, the work’s or its copy’s', () => {
    expect(problems({ accessed: undefined }).join()).toMatch(/no access date/);
    expect(
      problems({
        URL: undefined,
        accessed: undefined,
        copy: { name: 'docslib.org', URL: 'https://docslib.org/doc/1' },
      }).join(),
    ).toMatch(/no access date/);
  });
  test('a non-English work gives its title in English too', () => {
    expect(problems({ 'title-translation': undefined }).join()).toMatch(
      /other than English \(ru\) but has no `title-translation`/,
    );
    expect(problems({ 'title-translation': undefined, language: 'en' })).toEqual([]);
  });
  test('a copy read instead of the original is named, with its own address', () => {
    expect(problems({ copy: { name: 'docslib.org', URL: 'https://docslib.org/doc/1' } })).toEqual([]);
    expect(problems({ copy: { name: '', URL: 'https://docslib.org/doc/1' } }).join()).toMatch(/copy without its name/);
    expect(problems({ copy: { name: 'x', URL: 'docslib.org' } }).join()).toMatch(/copy without an http\(s\) address/);
    expect(problems({ copy: { name: 'x', URL: good.URL! } }).join()).toMatch(
      /^copy\.URL: gives the copy’s address as the work’s own URL/,
    );
  });
});

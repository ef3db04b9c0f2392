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
      nodate: true,
      URL: 'https://de.wikipedia.org/wiki/Alasch',
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

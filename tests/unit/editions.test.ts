// Editions as data: tokens that make a stored page independent of the site's address, the manifest that
// proves it unchanged, the text fingerprint, and the paragraph comparison of two versions.
import { describe, expect, test } from 'vitest';
import {
  BASE_TOKEN,
  fillTokens,
  linksIntoEdition,
  mementoDatetime,
  sha256,
  SITE_TOKEN,
  storedReferences,
  textFingerprint,
  tokenise,
  verifyEdition,
  withoutScripts,
  type EditionManifest,
} from '../../src/features/editions/model';
import { editionRules, headersFor } from '../../src/hosting/host-files';
import { compareParagraphs, summarise } from '../../src/features/history/paragraph-diff';

const cut = { absolute: 'https://edition.invalid/__edition_base__/', base: '/__edition_base__/' };

describe('tokenise() and fillTokens()', () => {
  const html =
    '<a href="/__edition_base__/movements/unity/">Unity</a> https://edition.invalid/__edition_base__/editions/2026-12/movements/lad/';
  test('replace the address of the cut with tokens, the absolute address first', () => {
    expect(tokenise(html, cut)).toBe(
      `<a href="${BASE_TOKEN}movements/unity/">Unity</a> ${SITE_TOKEN}editions/2026-12/movements/lad/`,
    );
  });
  test('put back any site address and base path, so a stored page serves under /kz/ or at the root', () => {
    const stored = tokenise(html, cut);
    expect(fillTokens(stored, { absolute: 'https://example.org/kz/', base: '/kz/' })).toBe(
      '<a href="/kz/movements/unity/">Unity</a> https://example.org/kz/editions/2026-12/movements/lad/',
    );
    expect(fillTokens(stored, { absolute: 'https://example.org/', base: '/' })).toContain('href="/movements/unity/"');
  });
});

describe('verifyEdition()', () => {
  const files = new Map([
    ['movements/lad/article.html', '<article>Lad</article>'],
    ['movements/lad/cite.bib', '@online{…}'],
  ]);
  const manifest: EditionManifest = {
    name: '2026-12',
    date: '2026-12-01',
    files: Object.fromEntries([...files].map(([f, t]) => [f, sha256(t)])),
  };
  test('accepts an edition whose files are exactly those of its manifest', () => {
    expect(verifyEdition(manifest, files)).toEqual([]);
  });
  test('names a changed, a missing and an unlisted file', () => {
    const tampered = new Map(files);
    tampered.set('movements/lad/article.html', '<article>Lad, revised</article>');
    tampered.delete('movements/lad/cite.bib');
    tampered.set('movements/unity/article.html', '<article>Unity</article>');
    expect(verifyEdition(manifest, tampered)).toEqual([
      '2026-12/movements/lad/article.html: changed since the edition was published',
      '2026-12/movements/lad/cite.bib: missing',
      "2026-12/movements/unity/article.html: not in the edition's manifest",
    ]);
  });
});

describe('textFingerprint()', () => {
  const text = {
    title: 'Lad',
    summary: 'A movement.',
    paragraphs: ['p-aaaaaa', 'p-bbbbbb'],
    notes: ['<a href="/sources/#x">Babak</a>, p. 80.'],
  };
  test('ignores markup and addresses in notes, so a new base path is no change', () => {
    expect(textFingerprint({ ...text, notes: ['<a href="/kz/sources/#x">Babak</a>, p. 80.'] })).toBe(
      textFingerprint(text),
    );
  });
  test('changes with a paragraph, a note’s words, the title or the summary', () => {
    const base = textFingerprint(text);
    expect(textFingerprint({ ...text, paragraphs: ['p-aaaaaa', 'p-cccccc'] })).not.toBe(base);
    expect(textFingerprint({ ...text, notes: ['Babak, p. 81.'] })).not.toBe(base);
    expect(textFingerprint({ ...text, title: 'Lad movement' })).not.toBe(base);
    expect(textFingerprint({ ...text, summary: 'Another.' })).not.toBe(base);
  });
});

describe('compareParagraphs()', () => {
  const p = (id: string, n: number, text = id) => ({ id, n, text });
  test('keeps unchanged paragraphs and pairs a rewritten one as changed', () => {
    const changes = compareParagraphs([p('a', 1), p('b', 2), p('c', 3)], [p('a', 1), p('b2', 2), p('c', 3)]);
    expect(changes.map((c) => c.kind)).toEqual(['same', 'changed', 'same']);
    expect(changes[1]).toMatchObject({ before: { id: 'b' }, after: { id: 'b2' } });
  });
  test('finds added and removed paragraphs where they stand, and follows moved numbers', () => {
    const changes = compareParagraphs([p('a', 1), p('b', 2), p('c', 3)], [p('new', 1), p('a', 2), p('c', 3)]);
    expect(changes.map((c) => c.kind)).toEqual(['added', 'same', 'removed', 'same']);
    expect(changes[1]).toMatchObject({ before: { n: 1 }, after: { n: 2 } });
    expect(summarise(changes)).toEqual({ same: 2, changed: 0, added: 1, removed: 1 });
  });
  test('reports everything as added against an empty version, and nothing against itself', () => {
    expect(compareParagraphs([], [p('a', 1)]).map((c) => c.kind)).toEqual(['added']);
    expect(summarise(compareParagraphs([p('a', 1), p('b', 2)], [p('a', 1), p('b', 2)]))).toMatchObject({
      same: 2,
      changed: 0,
    });
  });
});

describe('editionRules()', () => {
  const rules = editionRules('/kz/', [
    { page: 'movements/lad/', citeAs: 'https://example.org/kz/editions/2026-12/movements/lad/' },
    {
      page: 'editions/2026-12/movements/lad/',
      original: 'https://example.org/kz/movements/lad/',
      datetime: mementoDatetime('2026-12-01'),
    },
    { page: 'glossary/' },
  ]);
  test('announce a live page’s edition with rel="cite-as", and an edition page’s original and date (Memento)', () => {
    expect(headersFor(rules, '/kz/movements/lad/').link).toBe(
      '<https://example.org/kz/editions/2026-12/movements/lad/>; rel="cite-as"',
    );
    expect(headersFor(rules, '/kz/editions/2026-12/movements/lad/')).toEqual({
      'memento-datetime': 'Tue, 01 Dec 2026 00:00:00 GMT',
      link: '<https://example.org/kz/movements/lad/>; rel="original"',
    });
    expect(headersFor(rules, '/kz/glossary/')).toEqual({});
  });
});

describe('withoutScripts()', () => {
  test("takes the stored build's script tags out of an article and leaves the rest as it is", () => {
    const article =
      '<article><p>Text <q>quoted</q></p><script type="module" src="/_astro/Cite.x1.js"></script><SCRIPT>a()</SCRIPT></article>';
    expect(withoutScripts(article)).toBe('<article><p>Text <q>quoted</q></p></article>');
  });
});

describe('linksIntoEdition()', () => {
  const stored = new Set(['movements/lad/', 'context/december-1986/', 'primary-source/']);
  const a = (href: string) => `<a class="link" href="${href}">x</a>`;
  test('a link to a page the edition stores goes to its copy in the edition, its fragment kept', () => {
    expect(linksIntoEdition(a('/kz/movements/lad/#p-3f2a'), '2026-12', stored, '/kz/')).toBe(
      a('/kz/editions/2026-12/movements/lad/#p-3f2a'),
    );
    expect(linksIntoEdition(a('/kz/primary-source/#a-3'), '2026-12', stored, '/kz/')).toBe(
      a('/kz/editions/2026-12/primary-source/#a-3'),
    );
    expect(linksIntoEdition(a('/kz/context/december-1986/'), '2026-12', stored, '/kz/')).toBe(
      a('/kz/editions/2026-12/context/december-1986/'),
    );
  });
  test('at the root too (base "/")', () => {
    expect(linksIntoEdition(`${a('/movements/lad/')} ${a('/people/#kunaev')}`, '2026-12', stored, '/')).toBe(
      `${a('/editions/2026-12/movements/lad/')} ${a('/people/#kunaev')}`,
    );
  });
  test('links to pages the edition does not store stay live: people, glossary, sources, a history, citation files', () => {
    const live = [
      '/kz/people/#kunaev',
      '/kz/glossary/#zheltoqsan',
      '/kz/sources/#src-curtis-1997',
      '/kz/places/',
      '/kz/movements/',
      '/kz/movements/unity/',
      '/kz/movements/lad/history/',
      '/kz/movements/lad/cite.bib',
      '/kz/primary-source/report.ris',
      '/kz/',
    ].map(a);
    expect(linksIntoEdition(live.join(''), '2026-12', stored, '/kz/')).toBe(live.join(''));
  });
  test('links to other sites, in-page fragments and links outside the base path stay as they are', () => {
    const other = [
      'https://en.wikipedia.org/movements/lad/',
      '//example.org/kz/movements/lad/',
      '#note-2',
      '/movements/lad/',
      'mailto:x@example.org',
    ].map(a);
    expect(linksIntoEdition(other.join(''), '2026-12', stored, '/kz/')).toBe(other.join(''));
  });
  test('only href attributes change, never text or other attributes that name the page', () => {
    const html = '<span class="cite-url" data-url="https://example.org/kz/movements/lad/">/kz/movements/lad/</span>';
    expect(linksIntoEdition(html, '2026-12', stored, '/kz/')).toBe(html);
  });
});

describe('storedReferences()', () => {
  test('gives each work a stored article links on /sources/ with the entry it printed, and each person with the link text', () => {
    const html =
      '<p>As <a href="/kz/people/#imashev">Sarkytbek Imashev</a> and <a href="/kz/people/#imashev">Imashev</a> said.' +
      '<a href="#src-wiki-x">x</a></p><ul><li id="src-wiki-x"> Wikipedia. “X.” n.d. <a href="/kz/sources/#wiki-x" class="bibliography-link">' +
      'In the bibliography</a></li></ul><p><a href="/kz/sources/#bare">only linked</a></p>';
    const refs = storedReferences(html);
    expect([...refs.sources]).toEqual([
      ['wiki-x', 'Wikipedia. “X.” n.d.'],
      ['bare', ''],
    ]);
    expect([...refs.people]).toEqual([['imashev', 'Sarkytbek Imashev']]);
  });
});

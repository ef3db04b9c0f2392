import { describe, expect, test } from 'vitest';
import { parseEntryLink, resolveEntryLink, type LinkTargets } from '../../src/features/links/model';
import { slugify, isEntryId } from '../../src/shared/slugs';
import { joinBase } from '../../src/shared/url';
import { closest } from '../../src/shared/suggest';

const targets: LinkTargets = {
  movement: new Set(['lad', 'unity']),
  context: new Set(['december-1986']),
  person: new Set(['suleimenov']),
  term: new Set(['oblast']),
  source: new Set(['babak-2005']),
  primary: new Set(['a-3']),
};

describe('parseEntryLink()', () => {
  test('splits kind, id and fragment', () => {
    expect(parseEntryLink('movement:lad')).toEqual({ kind: 'movement', id: 'lad' });
    expect(parseEntryLink('movement:lad#aims')).toEqual({ kind: 'movement', id: 'lad', fragment: 'aims' });
  });
  test('leaves ordinary URLs alone', () => {
    for (const href of ['https://example.org/', '#note-1', '/movements/', 'mailto:a@b.c']) {
      expect(parseEntryLink(href), href).toBeNull();
    }
  });
});

describe('resolveEntryLink()', () => {
  test('gives the site path of each kind', () => {
    expect(resolveEntryLink({ kind: 'movement', id: 'lad' }, targets)).toEqual({ path: 'movements/lad/' });
    expect(resolveEntryLink({ kind: 'person', id: 'suleimenov' }, targets)).toEqual({ path: 'people/#suleimenov' });
    expect(resolveEntryLink({ kind: 'primary', id: 'a-3' }, targets)).toEqual({ path: 'primary-source/#a-3' });
    expect(resolveEntryLink({ kind: 'movement', id: 'lad', fragment: 'aims' }, targets)).toEqual({
      path: 'movements/lad/#aims',
    });
  });
  test('an unknown id is an error that suggests the likely one', () => {
    const result = resolveEntryLink({ kind: 'movement', id: 'ladd' }, targets);
    expect(result).toEqual({ error: expect.stringContaining('Did you mean "lad"?') });
  });
});

describe('joinBase()', () => {
  test('joins with exactly one slash whatever the base looks like', () => {
    expect(joinBase('/', 'movements/')).toBe('/movements/');
    expect(joinBase('/kz/', '/movements/')).toBe('/kz/movements/');
    expect(joinBase('/kz', 'movements/')).toBe('/kz/movements/');
    expect(joinBase('kz', '')).toBe('/kz/');
  });
});

describe('slugify()', () => {
  test('makes anchor-safe slugs and keeps Cyrillic letters', () => {
    expect(slugify('Origins and founding')).toBe('origins-and-founding');
    expect(slugify('Желтоқсан 1986')).toBe('желтоқсан-1986');
    expect(slugify('  Nevada–Semipalatinsk! ')).toBe('nevada-semipalatinsk');
  });
  test('entry ids are lower-case hyphenated words', () => {
    expect(isEntryId('nevada-semipalatinsk')).toBe(true);
    expect(isEntryId('Lad')).toBe(false);
    expect(isEntryId('lad-')).toBe(false);
  });
});

describe('closest()', () => {
  test('suggests a near miss and nothing for a far one', () => {
    expect(closest('olcot-1995', ['olcott-1995', 'babak-2005'])).toBe('olcott-1995');
    expect(closest('zzzz', ['olcott-1995'])).toBeUndefined();
  });
});

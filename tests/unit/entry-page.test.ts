// The pure rules of an entry page's model: which works it lists, its infobox facts and their notes, its neighbours.
import { describe, expect, test } from 'vitest';
import {
  infoboxFacts,
  pageSourceKeys,
  prevNextLinks,
  sourcesWithKeys,
  type Source,
} from '../../src/features/entry/model';

const source = (id: string): Source => ({ id, item: { id, type: 'book' }, html: id, reference: id });

describe('pageSourceKeys()', () => {
  test('a page lists the works of its notes first, then those its timeline alone cites, each once', () => {
    const notes = [{ keys: ['babak-2005', 'report'] }, { keys: ['report'] }];
    expect(pageSourceKeys(notes, ['olcott-1995, p. 3; report', [{ key: 'dave-2007', loc: 'p. 9' }]])).toEqual([
      'babak-2005',
      'report',
      'olcott-1995',
      'dave-2007',
    ]);
  });

  test('a page without notes or dated events cites nothing', () => {
    expect(pageSourceKeys([], [])).toEqual([]);
  });
});

describe('sourcesWithKeys()', () => {
  test('keeps the bibliography order, whatever the order of the keys, and leaves out unknown keys', () => {
    const bibliography = new Map(['akimbekov', 'babak-2005', 'report'].map((id) => [id, source(id)]));
    expect(sourcesWithKeys(['report', 'akimbekov', 'nowhere'], bibliography).map((s) => s.id)).toEqual([
      'akimbekov',
      'report',
    ]);
  });
});

describe('infoboxFacts()', () => {
  const marks = [1, 2, 3, 4, 5].map((n) => ({ n, ref: `ref-${n}` }));
  const names = new Map([
    ['suleimenov', 'Olzhas Suleimenov'],
    ['kuanyshalin', 'Zhasaral Kuanyshalin'],
  ]);

  test('each fact takes the next note mark, in the order remark-notes numbers them: founded, other dates, ended, leaders', () => {
    const facts = infoboxFacts(
      {
        founded: { date: '1989-02-28', place: 'Almaty', otherDates: [{ date: '1989-03', what: 'registered' }] },
        ended: { date: '1995' },
        leaders: [{ person: { id: 'suleimenov' }, role: 'chairman' }],
        people: [{ id: 'suleimenov' }, { id: 'kuanyshalin' }],
      },
      names,
      marks,
    );
    expect(facts).toEqual({
      founded: { date: '1989-02-28', place: 'Almaty', what: undefined, mark: marks[0] },
      otherDates: [{ date: '1989-03', place: undefined, what: 'registered', mark: marks[1] }],
      ended: { date: '1995', place: undefined, what: undefined, mark: marks[2] },
      leaders: [{ id: 'suleimenov', name: 'Olzhas Suleimenov', role: 'chairman', mark: marks[3] }],
      people: [
        { id: 'suleimenov', name: 'Olzhas Suleimenov' },
        { id: 'kuanyshalin', name: 'Zhasaral Kuanyshalin' },
      ],
    });
  });

  test('a movement that has not ended has no end date, and its leaders take the marks after its founding dates', () => {
    const facts = infoboxFacts(
      {
        founded: { date: '1990', otherDates: [] },
        leaders: [{ person: { id: 'kuanyshalin' }, role: 'leader' }],
        people: [{ id: 'kuanyshalin' }],
      },
      names,
      marks,
    );
    expect(facts).not.toHaveProperty('ended');
    expect(facts.leaders[0]!.mark).toEqual(marks[1]);
  });
});

describe('prevNextLinks()', () => {
  const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const link = (e: { id: string }) => ({ href: `/movements/${e.id}/`, title: e.id.toUpperCase() });

  test('an entry in the middle links both ways', () => {
    expect(prevNextLinks(entries, 'b', link)).toEqual({
      prev: { href: '/movements/a/', title: 'A' },
      next: { href: '/movements/c/', title: 'C' },
    });
  });

  test('the first entry has no previous one and the last no next one', () => {
    expect(prevNextLinks(entries, 'a', link).prev).toBeUndefined();
    expect(prevNextLinks(entries, 'c', link).next).toBeUndefined();
  });
});

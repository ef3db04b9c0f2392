import { describe, expect, test } from 'vitest';
import { byYear, timelineOf, uncoveredSpanDates, type Dated } from '../../src/features/timeline/model';

const lad: Dated = {
  collection: 'movements',
  id: 'lad',
  title: 'Lad',
  founded: { date: '1992-09', place: 'near Pavlodar', cite: 'dokuchaeva-nd' },
  events: [
    { date: '1993-05-23', label: 'Registered', cite: 'dokuchaeva-2003' },
    { date: '1992-09-24', label: 'Founding meeting', cite: 'zonakz-2001' },
  ],
};
const coup: Dated = {
  collection: 'context',
  id: 'august-1991-coup',
  title: 'The August 1991 coup',
  events: [
    { date: '1991-08-19', label: 'Coup attempt in Moscow', cite: 'brown-1991' },
    { date: '1991-12-16', label: 'Independence law adopted', cite: 'ehistory-independence' },
  ],
};

describe('uncoveredSpanDates()', () => {
  test('a span date is covered by an event on that date or inside it', () => {
    expect(uncoveredSpanDates({ start: '1917', end: '1920' }, [{ date: '1917-03' }, { date: '1920-08-26' }])).toEqual(
      [],
    );
    expect(uncoveredSpanDates({ start: '1993-11' }, [{ date: '1993-11' }])).toEqual([]);
  });
  test('names each date with no event inside it, not fooled by a shared prefix or a vaguer event', () => {
    expect(uncoveredSpanDates({ start: '1991-1', end: '1995' }, [{ date: '1991-10-05' }, { date: '1996' }])).toEqual([
      '1991-1',
      '1995',
    ]);
    expect(uncoveredSpanDates({ start: '1986-12-16' }, [{ date: '1986-12' }])).toEqual(['1986-12-16']);
  });
});

describe('timelineOf()', () => {
  test('puts the events of all entries in date order, a vaguer date before the precise ones it contains', () => {
    const dates = timelineOf([lad, coup]).map((e) => e.date);
    expect(dates).toEqual(['1991-08-19', '1991-12-16', '1992-09', '1992-09-24', '1993-05-23']);
  });
  test('adds a movement’s founding date, with the sources its frontmatter gives', () => {
    const events = timelineOf([lad, coup]);
    expect(events.find((e) => e.kind === 'founded')).toMatchObject({
      date: '1992-09',
      label: 'Founded (near Pavlodar)',
      cite: 'dokuchaeva-nd',
      entry: { id: 'lad' },
    });
    expect(events.every((e) => e.cite.length > 0)).toBe(true);
  });
  test('leaves out the founding date when a written event of the same entry already has it', () => {
    const events = timelineOf([{ ...lad, founded: { date: '1992-09-24', cite: 'zonakz-2001' } }]);
    expect(events.filter((e) => e.date === '1992-09-24').map((e) => e.kind)).toEqual(['event']);
  });
  test('keeps an ended movement’s end date', () => {
    const ended = timelineOf([{ ...lad, ended: { date: '2001', cite: 'x' } }]);
    expect(ended.at(-1)).toMatchObject({ date: '2001', kind: 'ended', cite: 'x' });
  });
  test('orders events on the same date by entry title, then as written', () => {
    const a: Dated = {
      collection: 'movements',
      id: 'b',
      title: 'Beta',
      events: [{ date: '1990', label: 'b1', cite: 'x' }],
      founded: { date: '1990', cite: 'x' },
    };
    const b: Dated = {
      collection: 'movements',
      id: 'a',
      title: 'Alpha',
      events: [
        { date: '1990', label: 'a1', cite: 'x' },
        { date: '1990', label: 'a2', cite: 'x' },
      ],
    };
    expect(timelineOf([a, b]).map((e) => e.label)).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('byYear()', () => {
  test('groups consecutive events by their year', () => {
    const groups = byYear(timelineOf([lad, coup]));
    expect(groups.map((g) => [g.year, g.events.length])).toEqual([
      ['1991', 2],
      ['1992', 2],
      ['1993', 1],
    ]);
  });
});

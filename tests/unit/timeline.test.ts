import { describe, expect, test } from 'vitest';
import { byYear, timelineOf, type Dated } from '../../src/lib/timeline';

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
  span: { start: '1991-08-19', end: '1991-12-16' },
  events: [{ date: '1991-08-19', label: 'Coup attempt in Moscow', cite: 'brown-1991' }],
};

describe('timelineOf()', () => {
  test('puts the events of all entries in date order, a vaguer date before the precise ones it contains', () => {
    const dates = timelineOf([lad, coup]).map((e) => e.date);
    expect(dates).toEqual(['1991-08-19', '1991-12-16', '1992-09', '1992-09-24', '1993-05-23']);
  });
  test('adds founding, end and span dates: a movement’s with the sources its frontmatter gives, a span’s without', () => {
    const events = timelineOf([lad, coup]);
    expect(events.find((e) => e.kind === 'founded')).toMatchObject({ date: '1992-09', label: 'Founded (near Pavlodar)', cite: 'dokuchaeva-nd', entry: { id: 'lad' } });
    expect(events.find((e) => e.kind === 'end')).toMatchObject({ date: '1991-12-16', label: 'Ends' });
    expect(events.find((e) => e.kind === 'end')?.cite).toBeUndefined();
  });
  test('leaves out a derived date when a written event of the same entry already has it', () => {
    const events = timelineOf([coup]);
    expect(events.filter((e) => e.date === '1991-08-19').map((e) => e.kind)).toEqual(['event']);
  });
  test('keeps an ended movement’s end date', () => {
    const ended = timelineOf([{ ...lad, ended: { date: '2001', cite: 'x' } }]);
    expect(ended.at(-1)).toMatchObject({ date: '2001', kind: 'ended', cite: 'x' });
  });
  test('orders events on the same date by entry title, then as written', () => {
    const a: Dated = { collection: 'movements', id: 'b', title: 'Beta', events: [{ date: '1990', label: 'b1', cite: 'x' }], founded: { date: '1990', cite: 'x' } };
    const b: Dated = { collection: 'movements', id: 'a', title: 'Alpha', events: [{ date: '1990', label: 'a1', cite: 'x' }, { date: '1990', label: 'a2', cite: 'x' }] };
    expect(timelineOf([a, b]).map((e) => e.label)).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('byYear()', () => {
  test('groups consecutive events by their year', () => {
    const groups = byYear(timelineOf([lad, coup]));
    expect(groups.map((g) => [g.year, g.events.length])).toEqual([['1991', 2], ['1992', 2], ['1993', 1]]);
  });
});

import { describe, expect, test } from 'vitest';
import { openDataTables, type OpenData } from '../../src/features/open-data/model';
import { csvCell, toCsv, type Table } from '../../src/features/open-data/tables';

describe('toCsv()', () => {
  const table: Table = {
    name: 't',
    title: 'T',
    description: 'A table.',
    fields: [
      { name: 'id', type: 'string', description: 'Id.' },
      { name: 'text', type: 'string', description: 'Text.' },
    ],
    rows: [
      { id: 'a', text: 'Lad, “Harmony”, said "no"\nthen' },
      { id: 'b', text: 'Желтоқсан' },
    ],
  };
  test('writes a header and quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv(table)).toBe('id,text\r\na,"Lad, “Harmony”, said ""no""\nthen"\r\nb,Желтоқсан\r\n');
    expect(csvCell('plain')).toBe('plain');
  });
  test('a row with a column the table does not declare is an error, not a silent drop', () => {
    expect(() => toCsv({ ...table, rows: [{ id: 'a', txt: 'x' }] })).toThrow('no field named txt');
  });
});

describe('openDataTables()', () => {
  const data: OpenData = {
    movements: [
      {
        id: 'unity',
        title: 'Unity',
        names: { ru: 'Единство', latin: 'Unity', aliases: [] },
        summary: 'S.',
        founded: { date: '1990', keys: ['report'] },
        otherDates: [],
        orientation: 'russian-speaking',
        relations: [],
        people: [],
        leaders: [],
      },
      {
        id: 'lad',
        title: 'Lad',
        names: { ru: 'Лад', latin: 'Lad', aliases: ['Harmony'] },
        summary: 'S.',
        founded: { date: '1992-09', keys: ['a', 'b', 'a'] },
        otherDates: [],
        orientation: 'russian-speaking',
        relations: [{ type: 'successor-of', target: 'unity' }],
        people: [],
        leaders: [],
      },
    ],
    context: [],
    people: [],
    events: [],
    articles: [],
    sources: [],
    url: (p) => `https://example.org/${p}`,
  };
  const tables = new Map(openDataTables(data).map((t) => [t.name, t]));
  test('a relation is written as declared and as read from its target', () => {
    expect(tables.get('relations')!.rows).toEqual([
      { subject: 'lad', relation: 'successor-of', object: 'unity', direction: 'declared' },
      { subject: 'unity', relation: 'succeeded-by', object: 'lad', direction: 'inverse' },
    ]);
  });
  test('source keys are listed once each, separated by semicolons', () => {
    expect(tables.get('movements')!.rows[1]).toMatchObject({
      founded: '1992-09',
      founded_sources: 'a;b',
      aliases: 'Harmony',
      url: 'https://example.org/movements/lad/',
    });
  });
});

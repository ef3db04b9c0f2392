import { describe, expect, test } from 'vitest';
import { parseLocatedYaml } from '../../src/checks/located-yaml';
import { namesPlace, placeFindings, type PlaceEntry } from '../../src/checks/places';

const entries = new Map<string, PlaceEntry>([
  ['movement:lad', { text: 'The founding conference was held near Pavlodar in 1992.', eventDates: ['1992-09'] }],
  ['movement:nevada-semipalatinsk', { text: 'The Nevada-Semipalatinsk movement rallied in Almaty.', eventDates: [] }],
]);
const sources = new Set(['wikipedia-de-pawlodar']);

const PAVLODAR = `- id: pavlodar
  name: Pavlodar
  kk: Павлодар
  ru: Павлодар
  lat: 52.3
  lon: 76.95
  cite:
    - { key: wikipedia-de-pawlodar, quote: "Koordinaten: 52° 18′ N, 76° 57′ O", lang: de, tr: "Coordinates: 52° 18′ N, 76° 57′ E" }
  entries: [movement:lad]
  events:
    - { entry: movement:lad, date: "1992-09" }
`;
const findings = (text: string) => placeFindings(parseLocatedYaml(text), entries, sources);

describe('placeFindings()', () => {
  test('a place whose coordinates, source, entries and events all check out has no finding', () => {
    expect(findings(PAVLODAR)).toEqual([]);
  });
  test('an entry id that is not an entry fails on its line, with the id it may have meant', () => {
    const [f] = findings(PAVLODAR.replace('entries: [movement:lad]', 'entries:\n    - movement:ladd'));
    expect(f).toMatchObject({
      line: 10,
      message: expect.stringContaining('"movement:ladd" is not an entry. Did you mean "movement:lad"?'),
    });
  });
  test('an entry that does not name the place fails on its line', () => {
    const [f] = findings(
      PAVLODAR.replace(
        'entries: [movement:lad]',
        'entries:\n    - movement:lad\n    - movement:nevada-semipalatinsk',
      ).replace(/  events:[\s\S]*/, ''),
    );
    expect(f).toMatchObject({
      line: 11,
      message: 'place "pavlodar": entries: movement:nevada-semipalatinsk does not name Pavlodar in its text',
    });
  });
  test('a latitude out of range fails on its line', () => {
    expect(findings(PAVLODAR.replace('lat: 52.3', 'lat: 152.3'))).toContainEqual({
      line: 5,
      message: 'place "pavlodar": lat 152.3 lies outside the map\'s frame (39.5 to 56): the map cannot show it',
    });
  });
  test('a real place off the map (Moscow, 55.75 N 37.62 E) fails on its longitude', () => {
    expect(findings(PAVLODAR.replace('lon: 76.95', 'lon: 37.62'))).toContainEqual({
      line: 6,
      message: 'place "pavlodar": lon 37.62 lies outside the map\'s frame (46 to 88): the map cannot show it',
    });
  });
  test('coordinates that do not agree with the quoted source fail', () => {
    const [f] = findings(PAVLODAR.replace('lon: 76.95', 'lon: 77.95'));
    expect(f).toMatchObject({ line: 5, message: expect.stringContaining('do not agree with the source') });
  });
  test('a place without a source fails, and so does a source without the coordinates quoted', () => {
    expect(findings(PAVLODAR.replace(/  cite:\n.*\n/, ''))).toContainEqual({
      line: 1,
      message: expect.stringContaining('has no source for its coordinates'),
    });
    expect(findings(PAVLODAR.replace(/quote: .*" }/, 'loc: "infobox" }'))[0]!.message).toContain(
      'quote the coordinates',
    );
  });
  test('an unknown source key fails on the line of that source', () => {
    const [f] = findings(PAVLODAR.replace('key: wikipedia-de-pawlodar', 'key: wikipedia-de-pavlodar'));
    expect(f).toMatchObject({
      line: 8,
      message: expect.stringContaining(
        'no source with the key "wikipedia-de-pavlodar". Did you mean "wikipedia-de-pawlodar"?',
      ),
    });
  });
  test('an event that its entry does not have, or of an entry not listed, fails', () => {
    expect(findings(PAVLODAR.replace('date: "1992-09"', 'date: "1992-10"'))[0]!.message).toBe(
      'place "pavlodar": events: movement:lad has no event dated "1992-10"',
    );
    expect(
      findings(PAVLODAR.replace('{ entry: movement:lad,', '{ entry: movement:nevada-semipalatinsk,'))[0]!.message,
    ).toContain("is not among the place's entries");
  });
});

describe('namesPlace()', () => {
  test('finds a name as a whole word, in any case, or by an alias', () => {
    expect(namesPlace('rallies in Almaty and Karaganda', ['Almaty'])).toBe(true);
    expect(namesPlace('the Semipalatinsk test site', ['Semipalatinsk Test Site'])).toBe(true);
    expect(namesPlace('then Alma-Ata', ['Almaty', 'Alma-Ata'])).toBe(true);
  });
  test('does not count the end of a longer hyphenated name, or part of a longer word', () => {
    expect(namesPlace('the Nevada-Semipalatinsk movement', ['Semipalatinsk'])).toBe(false);
    expect(namesPlace('Semipalatinskiy polygon', ['Semipalatinsk'])).toBe(false);
  });
});

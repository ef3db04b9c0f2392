// Synthetic content at the size the site grows to (issue 22): eighteen places, several close together, and fifteen
// movements of every orientation with relations, for the charts' unit and browser tests. Coordinates are rounded
// positions of real towns, close enough for a test of crowding, and names as long as the site's longest; nothing here is
// shown on the site.
import type { MapMovement, MapRelation } from '../../src/features/spectrum/model';
import type { MapPlace } from '../../src/features/places/model';
import type { ChartLaneInput } from '../../src/features/timeline/timeline-chart';
import type { Orientation } from '../../src/schemas';

export const CROWDED_PLACES: MapPlace[] = [
  { id: 'alma-ata', name: 'Alma-Ata', lat: 43.28, lon: 76.9 },
  { id: 'almaty-region', name: 'Alma-Ata Region', lat: 43.9, lon: 77.5 },
  { id: 'talgar', name: 'Talgar', lat: 43.3, lon: 77.24 },
  { id: 'semipalatinsk', name: 'Semipalatinsk', lat: 50.43, lon: 80.27 },
  { id: 'semipalatinsk-test-site', name: 'Semipalatinsk Test Site', lat: 50.12, lon: 78.72 },
  { id: 'kurchatov', name: 'Kurchatov', lat: 50.75, lon: 78.54 },
  { id: 'ust-kamenogorsk', name: 'Ust-Kamenogorsk', lat: 49.98, lon: 82.62 },
  { id: 'pavlodar', name: 'Pavlodar', lat: 52.3, lon: 76.95 },
  { id: 'karaganda', name: 'Karaganda', lat: 49.83, lon: 73.17 },
  { id: 'temirtau', name: 'Temirtau', lat: 50.05, lon: 72.96 },
  { id: 'astana', name: 'Tselinograd', lat: 51.17, lon: 71.43 },
  { id: 'kokshetau', name: 'Kokshetau', lat: 53.28, lon: 69.38 },
  { id: 'petropavlovsk', name: 'Petropavlovsk', lat: 54.87, lon: 69.14 },
  { id: 'orenburg', name: 'Orenburg', lat: 51.77, lon: 55.1 },
  { id: 'uralsk', name: 'Uralsk', lat: 51.23, lon: 51.37 },
  { id: 'guryev', name: 'Guryev', lat: 47.1, lon: 51.9 },
  { id: 'kyzylorda', name: 'Kzyl-Orda', lat: 44.85, lon: 65.5 },
  { id: 'baikonur', name: 'Baikonur', lat: 45.62, lon: 63.31 },
];

const ORIENTATIONS = ['kazakh-national', 'russian-speaking', 'civic-environmental'] as const;

/** Fifteen movements, five of each orientation, with long titles among them and founding dates that disagree. */
export const FIFTEEN_MOVEMENTS: MapMovement[] = [
  ['zheltoqsan', 'Zheltoqsan', '1989', ['1990']],
  ['alash', 'Alash', '1990-04', ['1992']],
  ['azat', 'Azat', '1990-06'],
  ['republican-party', 'Republican Party of Kazakhstan', '1990-09'],
  ['qazaq-tili', 'Qazaq Tili Society', '1989-10'],
  ['unity', 'Unity (Yedinstvo)', '1990', ['1989']],
  ['lad', 'Lad', '1992-09', ['1993']],
  ['cossacks', 'Ural and Semirechye Cossack Hosts', '1990-10'],
  ['socialist-party', 'Socialist Party of Kazakhstan', '1991-09'],
  ['communist-party', 'Communist Party of Kazakhstan (refounded)', '1991-10', ['1993', '1994-03']],
  ['nevada-semipalatinsk', 'Nevada-Semipalatinsk', '1989-02'],
  ['birlesu', 'Birlesu', '1989-11'],
  ['free-trade-unions', 'Confederation of Free Trade Unions', '1991-08'],
  ['peoples-congress', 'People’s Congress of Kazakhstan', '1991-10'],
  ['social-democrats', 'Social Democratic Party', '1990-05'],
].map(([id, title, founded, other], i) => ({
  id: id as string,
  title: title as string,
  orientation: ORIENTATIONS[Math.floor(i / 5)]!,
  founded: founded as string,
  ...(other ? { otherFounded: other as string[] } : {}),
  ...(i % 4 === 1 ? { ended: '1995' } : {}),
}));

/** Relations of every kind, within and across columns, some between boxes far apart in one column. */
export const FIFTEEN_RELATIONS: MapRelation[] = [
  { from: 'lad', type: 'successor-of', to: 'unity' },
  { from: 'azat', type: 'allied-with', to: 'zheltoqsan' },
  { from: 'republican-party', type: 'grew-out-of', to: 'zheltoqsan' },
  { from: 'alash', type: 'rival-of', to: 'lad' },
  { from: 'socialist-party', type: 'rival-of', to: 'communist-party' },
  { from: 'free-trade-unions', type: 'grew-out-of', to: 'birlesu' },
  { from: 'peoples-congress', type: 'grew-out-of', to: 'nevada-semipalatinsk' },
  { from: 'cossacks', type: 'allied-with', to: 'lad' },
  { from: 'qazaq-tili', type: 'allied-with', to: 'azat' },
];

/** The fifteen as lanes of the timeline chart, with events, some close together. */
export const FIFTEEN_LANES: (ChartLaneInput & { orientation: Orientation })[] = FIFTEEN_MOVEMENTS.map((m, i) => ({
  id: m.id,
  title: m.title,
  href: `/movements/${m.id}/`,
  orientation: m.orientation,
  founded: [m.founded, ...(m.otherFounded ?? [])],
  ended: m.ended,
  events: [
    { date: `${1990 + (i % 4)}-0${1 + (i % 8)}`, label: 'An event', href: `/movements/${m.id}/` },
    { date: `${1990 + (i % 4)}-0${2 + (i % 8)}-15`, label: 'Another event', href: `/movements/${m.id}/` },
  ],
}));

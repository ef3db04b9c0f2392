/** How the kinds of movement entries (schemas.ts, KINDS; the type Kind is inferred there) are named on the page and in the open data. */
import type { Kind } from '../../schemas';
import { listInWords, spelledNumber } from '../../shared/words';

/** The name of each kind, as a card and an infobox give it. */
export const KIND_LABELS: Record<Kind, string> = {
  movement: 'Movement',
  party: 'Party',
  society: 'Society',
  'trade-union': 'Trade union',
  'cossack-host': 'Cossack host',
};

/** Each kind in running text, one and many. */
const KIND_WORDS: Record<Kind, { one: string; many: string }> = {
  movement: { one: 'movement', many: 'movements' },
  party: { one: 'party', many: 'parties' },
  society: { one: 'society', many: 'societies' },
  'trade-union': { one: 'trade union', many: 'trade unions' },
  'cossack-host': { one: 'Cossack host', many: 'Cossack hosts' },
};

/** How many entries there are of each kind, in words and in the order of KIND_LABELS: "five movements and four parties". */
export function kindsInWords(kinds: Kind[]): string {
  const counts = (Object.keys(KIND_LABELS) as Kind[])
    .map((k) => [k, kinds.filter((x) => x === k).length] as const)
    .filter(([, n]) => n > 0);
  return listInWords(counts.map(([k, n]) => `${spelledNumber(n)} ${n === 1 ? KIND_WORDS[k].one : KIND_WORDS[k].many}`));
}

/** Relations between entries, declared once on one side and shown from both. */
import type { RelationType } from '../../schemas';

export interface Declared {
  id: string;
  relations: { type: RelationType; target: string }[];
}

export interface ShownRelation {
  label: string;
  target: string;
}

/** How a relation reads from the entry that declares it, and from its target. */
const WORDING: Record<RelationType, { forward: string; inverse: string }> = {
  'successor-of': { forward: 'Successor of', inverse: 'Succeeded by' },
  'grew-out-of': { forward: 'Grew out of', inverse: 'Gave rise to' },
  'rival-of': { forward: 'Rival of', inverse: 'Rival of' },
  'allied-with': { forward: 'Allied with', inverse: 'Allied with' },
};

/** Every relation of one entry: those it declares and those declared towards it, without repeats. */
export function relationsOf(id: string, all: Declared[]): ShownRelation[] {
  const shown: ShownRelation[] = [];
  const seen = new Set<string>();
  const add = (label: string, target: string) => {
    const key = `${label}|${target}`;
    if (!seen.has(key)) {
      seen.add(key);
      shown.push({ label, target });
    }
  };
  for (const entry of all) {
    for (const relation of entry.relations) {
      if (entry.id === id) add(WORDING[relation.type].forward, relation.target);
      else if (relation.target === id) add(WORDING[relation.type].inverse, entry.id);
    }
  }
  return shown;
}

/** Relations whose target is not a known entry, as messages naming the declaring entry. */
export function danglingRelations(all: Declared[]): string[] {
  const ids = new Set(all.map((e) => e.id));
  return all.flatMap((e) =>
    e.relations.filter((r) => !ids.has(r.target)).map((r) => `${e.id}: ${r.type} "${r.target}" is not a movement`),
  );
}

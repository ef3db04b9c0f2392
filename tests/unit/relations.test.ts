import { describe, expect, test } from 'vitest';
import { danglingRelations, relationsOf } from '../../src/features/relations/model';

const all = [
  { id: 'unity', relations: [] },
  { id: 'lad', relations: [{ type: 'successor-of' as const, target: 'unity' }] },
  { id: 'alash', relations: [{ type: 'rival-of' as const, target: 'lad' }] },
];

describe('relationsOf()', () => {
  test('a relation declared on one side shows on both', () => {
    expect(relationsOf('lad', all)).toEqual([
      { label: 'Successor of', target: 'unity' },
      { label: 'Rival of', target: 'alash' },
    ]);
    expect(relationsOf('unity', all)).toEqual([{ label: 'Succeeded by', target: 'lad' }]);
  });
  test('a target that is not an entry is reported with the entry that declares it', () => {
    expect(danglingRelations([{ id: 'lad', relations: [{ type: 'successor-of', target: 'unty' }] }])).toEqual([
      'lad: successor-of "unty" is not a movement',
    ]);
  });
});

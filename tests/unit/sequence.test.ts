import { describe, expect, test } from 'vitest';
import { neighbours } from '../../src/features/entry/sequence';

const items = [{ id: 'alash' }, { id: 'lad' }, { id: 'unity' }];

describe('neighbours()', () => {
  test('gives the entries before and after', () => {
    expect(neighbours(items, 'lad')).toEqual({ prev: { id: 'alash' }, next: { id: 'unity' } });
  });
  test('the first has no previous and the last no next', () => {
    expect(neighbours(items, 'alash')).toEqual({ next: { id: 'lad' } });
    expect(neighbours(items, 'unity')).toEqual({ prev: { id: 'lad' } });
  });
  test('an unknown id has neither', () => {
    expect(neighbours(items, 'azat')).toEqual({});
  });
});

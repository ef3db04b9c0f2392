import { describe, expect, test } from 'vitest';
import { unlinkedFirstMentions, type Named } from '../../src/checks/mentions';

const unity: Named = { href: '/movements/unity/', name: 'Unity', shadows: ["People's Unity"] };

describe('unlinkedFirstMentions()', () => {
  test('a first mention inside a link to the movement passes, later plain mentions do not matter', () => {
    const runs = [
      { text: 'Before ', href: null },
      { text: 'Unity', href: '/movements/unity/' },
      { text: ' then Unity again.', href: null },
    ];
    expect(unlinkedFirstMentions(runs, [unity])).toEqual([]);
  });
  test('a first mention outside a link is reported with its context', () => {
    const runs = [
      { text: 'The report says Unity faded.', href: null },
      { text: 'Unity', href: '/movements/unity/' },
    ];
    expect(unlinkedFirstMentions(runs, [unity])).toEqual(['Unity: “…The report says Unity faded.…”']);
  });
  test('a mention linked to something else is not a link to the movement', () => {
    expect(unlinkedFirstMentions([{ text: 'Unity', href: '/people/#bunakov' }], [unity])).toHaveLength(1);
  });
  test('longer names of other things (whatever the apostrophe) and parts of other words are not mentions', () => {
    const runs = [{ text: 'Union of People’s Unity, Unityville and Nevada-Semipalatinsk.', href: null }];
    expect(unlinkedFirstMentions(runs, [unity, { href: '/movements/nevada/', name: 'Nevada', shadows: [] }])).toEqual(
      [],
    );
  });
});

import { expect, test } from 'vitest';
import { countWords } from '../../src/checks/words';

test('countWords() counts words in Latin and Cyrillic, keeping hyphenated and elided words whole', () => {
  expect(countWords('Nevada-Semipalatinsk was founded in 1989.')).toBe(5);
  expect(countWords('Желтоқсан көтерілісі — the report’s view')).toBe(5);
  expect(countWords('  ')).toBe(0);
});

import { describe, expect, test } from 'vitest';
import { markKazakh } from '../../src/shared/kazakh';

describe('markKazakh()', () => {
  test('inside Russian text, marks only the words with a Kazakh letter', () => {
    expect(markKazakh('<q lang="ru">председатель партии «Алаш» Арон Атабек (Қазақстан)</q>; Қазақ тілі')).toBe(
      '<q lang="ru">председатель партии «Алаш» Арон Атабек (<span lang="kk">Қазақстан</span>)</q>; <span lang="kk">Қазақ тілі</span>',
    );
  });
  test('marks a Kazakh title as one run, its Russian-alphabet words and punctuation included', () => {
    expect(markKazakh('Azattyq, “«Азат» қозғалысының орындалмаған мұраты”.')).toBe(
      'Azattyq, “«<span lang="kk">Азат» қозғалысының орындалмаған мұраты</span>”.',
    );
  });
  test('leaves Russian, Latin and tags alone; a run cut by a tag is marked where it has a Kazakh letter', () => {
    expect(markKazakh('<a href="#src-x">Постановление</a>; <i>Қазақ</i> тарихы')).toBe(
      '<a href="#src-x">Постановление</a>; <i><span lang="kk">Қазақ</span></i> тарихы',
    );
    expect(markKazakh('Kruzman, “Long Live the Test Ban”')).toBe('Kruzman, “Long Live the Test Ban”');
  });
});

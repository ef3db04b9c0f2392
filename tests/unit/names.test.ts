import { expect, test } from 'vitest';
import { bySurname, surnameFirst } from '../../src/features/mentions/names';

test('surnameFirst() puts the last word first', () => {
  expect(surnameFirst('Olzhas Suleimenov')).toBe('Suleimenov Olzhas');
  expect(surnameFirst('  Aron  Atabek ')).toBe('Atabek Aron');
  expect(surnameFirst('Nazarbayev')).toBe('Nazarbayev');
});

test('bySurname() orders people as an index does, not by first name', () => {
  const names = ['Aleksandr Shushannikov', 'Aron Atabek', 'Yuri Bunakov', 'Aleksandra Dokuchaeva'];
  expect(names.sort(bySurname)).toEqual([
    'Aron Atabek',
    'Yuri Bunakov',
    'Aleksandra Dokuchaeva',
    'Aleksandr Shushannikov',
  ]);
});

import { describe, expect, test } from 'vitest';
import { comparePartialDates, formatPartialDate, isPartialDate, parsePartialDate } from '../../src/shared/dates';

describe('parsePartialDate()', () => {
  test('accepts a year, a year and month, and a full date', () => {
    expect(parsePartialDate('1990')).toEqual({ year: 1990 });
    expect(parsePartialDate('1990-05')).toEqual({ year: 1990, month: 5 });
    expect(parsePartialDate('1990-05-31')).toEqual({ year: 1990, month: 5, day: 31 });
  });
  test('rejects impossible and malformed dates', () => {
    for (const bad of ['1990-13', '1990-02-30', '1991-02-29', '90', '1990-5', '1990/05', 'May 1990', '']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });
  test('knows leap years', () => {
    expect(isPartialDate('1992-02-29')).toBe(true);
  });
});

describe('formatPartialDate()', () => {
  test('shows only the precision the date has', () => {
    expect(formatPartialDate('1989')).toBe('1989');
    expect(formatPartialDate('1992-04')).toBe('April 1992');
    expect(formatPartialDate('1986-12-17')).toBe('17 December 1986');
  });
  test('throws on a malformed date, naming it', () => {
    expect(() => formatPartialDate('1990-13')).toThrow('"1990-13"');
  });
});

describe('comparePartialDates()', () => {
  test('orders by year, then month, then day; the vaguer date first', () => {
    const sorted = ['1991-08-19', '1990', '1991', '1986-12', '1991-08'].sort(comparePartialDates);
    expect(sorted).toEqual(['1986-12', '1990', '1991', '1991-08', '1991-08-19']);
  });
});

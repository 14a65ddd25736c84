import { describe, expect, it } from 'vitest';
import { findDate, isDateOnly, parseDate, pickDate } from './extract-date';

describe('parseDate', () => {
  it.each([
    ['date 2021-12', '2021-12'],
    ['2021-12-29', '2021-12-29'],
    ['(Reuters, APA, red, 29.12.2021)', '2021-12-29'],
    ['30 Dec 2021', '2021-12-30'],
    ['29. Dezember 2021', '2021-12-29'],
    ['10. Jänner 2022', '2022-01-10'],
    ['1. März 2020', '2020-03-01'],
    ['July 15, 2018', '2018-07-15'],
    ['Sunday, Jul 15th 2018 5-Day Forecast', '2018-07-15'],
    ['Dec. 30, 2021', '2021-12-30'],
    ['Dezember 2021', '2021-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('finds nothing without a year or with impossible values', () => {
    expect(parseDate('am 10. Januar in Genf')).toBeNull();
    expect(parseDate('2021-13-01')).toBeNull();
    expect(parseDate('45.12.2021')).toBeNull();
  });

  it('reports where the date sits', () => {
    expect(findDate('Ausgegeben am: 29.12.2021')).toEqual({ iso: '2021-12-29', index: 15, length: 10 });
  });
});

describe('isDateOnly', () => {
  it('accepts a date with weekday, time and stamp words', () => {
    expect(isDateOnly('30 Dec 2021')).toBe(true);
    expect(isDateOnly('July 16, 2018 at  7:08 AM')).toBe(true);
    expect(isDateOnly('Sonntag, 29. Dezember 2021, 14:30 Uhr')).toBe(true);
  });

  it('rejects lines with other words', () => {
    expect(isDateOnly('Sunday, Jul 15th 2018 5-Day Forecast')).toBe(false);
    expect(isDateOnly('Am 30. Dezember 2021 telefonierten Biden und Putin')).toBe(false);
    expect(isDateOnly('Angespannte Lage')).toBe(false);
  });
});

describe('pickDate', () => {
  it('refines the first date with a later, more precise one that agrees', () => {
    expect(pickDate(['2021-12', '2021-12-29'])).toBe('2021-12-29');
    expect(pickDate(['2021-12', '2018-07-15'])).toBe('2021-12');
    expect(pickDate([])).toBeNull();
  });

  it('finds month names as Unicode case folding reads them', () => {
    expect(parseDate('15. MÄRZ 2022')).toBe('2022-03-15');
    expect(parseDate('O\u212At 2021')).toBe('2021-10'); // Kelvin sign folds to "k"
    expect(parseDate('no month 2021')).toBeNull();
  });
});

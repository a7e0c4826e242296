import { describe, expect, it } from 'vitest';
import { addDays, dateRange, daysBetween, formatLongDate, isISODate, toDayNumber } from './dates';

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isISODate('2024-12-06')).toBe(true);
    expect(isISODate('2024-02-29')).toBe(true);
    expect(isISODate('2023-02-29')).toBe(false);
    expect(isISODate('2024-13-01')).toBe(false);
    expect(isISODate('2024-12-6')).toBe(false);
    expect(isISODate(' 2024-12-06')).toBe(false);
    expect(isISODate(20241206)).toBe(false);
  });
  it('steps across month and year ends', () => {
    expect(addDays('2024-11-30', 1)).toBe('2024-12-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-12-01', -1)).toBe('2024-11-30');
    expect(daysBetween('2024-11-27', '2024-12-08')).toBe(11);
  });
  it('lists an inclusive range', () => {
    expect(dateRange('2024-11-29', '2024-12-02')).toEqual([
      '2024-11-29',
      '2024-11-30',
      '2024-12-01',
      '2024-12-02',
    ]);
    expect(dateRange('2024-12-02', '2024-12-01')).toEqual([]);
  });
  it('rejects malformed input loudly', () => {
    expect(() => toDayNumber('06/12/2024')).toThrow(/not a date/);
  });
  it('writes dates for readers', () => {
    expect(formatLongDate('2024-12-06')).toBe('6 December 2024');
  });
});

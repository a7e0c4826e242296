import { describe, expect, it } from 'vitest';
import { formatDistance, formatSpeed, fromMetres, scaleUnit } from '../../src/ui/tools/units.ts';

describe('tools units', () => {
  it('formats Rastan → Homs (22 186.190 m, geographiclib) in km and miles', () => {
    expect(formatDistance(22186.19, 'km')).toBe('22.19 km');
    // 22 186.19 / 1609.344 = 13.7859 mi
    expect(formatDistance(22186.19, 'mi')).toBe('13.79 mi');
  });
  it('keeps fewer decimals for long distances', () => {
    expect(formatDistance(123_456, 'km')).toBe('123.5 km');
    expect(formatDistance(1_234_567, 'km')).toBe('1235 km');
    expect(formatDistance(0, 'mi')).toBe('0.00 mi');
    expect(formatDistance(NaN, 'km')).toBe('—');
  });
  it('converts with the international mile exactly', () => {
    expect(fromMetres(1609.344, 'mi')).toBe(1);
    expect(fromMetres(5000, 'km')).toBe(5);
  });
  it('formats speeds per day and maps to the ScaleControl unit', () => {
    expect(formatSpeed(10, 'km')).toBe('10.0 km/day');
    // 10 km = 6.2137 mi
    expect(formatSpeed(10, 'mi')).toBe('6.2 mi/day');
    expect(scaleUnit('km')).toBe('metric');
    expect(scaleUnit('mi')).toBe('imperial');
  });
});

import { describe, expect, it } from 'vitest';
import { chartLayout, dateAtX, niceStep, shortDate, type ChartBox } from '../../src/ui/tools/chart.ts';

const BOX: ChartBox = { width: 340, height: 140, left: 40, right: 0, top: 10, bottom: 30 };
// A plot 300 px wide and 100 px high.
const SERIES = [
  { date: '2024-11-27', metres: 150_000 },
  { date: '2024-11-28', metres: 120_000 },
  { date: '2024-11-29', metres: null },
  { date: '2024-11-30', metres: 90_000 },
];

describe('advance chart layout', () => {
  it('picks 1-2-5 tick steps', () => {
    expect(niceStep(150, 4)).toBe(50);
    expect(niceStep(93.2, 4)).toBe(50);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });

  it('scales days across and distance up, with a gap where a day has no value', () => {
    const l = chartLayout(SERIES, 'km', BOX);
    expect(l.yMax).toBe(150);
    expect(l.x('2024-11-27')).toBe(40);
    expect(l.x('2024-11-30')).toBe(340);
    expect(l.y(150)).toBe(10);
    expect(l.y(0)).toBe(110);
    // 120 km → 10 + 100 − 80 = 30; day 1 of 3 → 40 + 100
    expect(l.path).toBe('M40.0,10.0L140.0,30.0M340.0,50.0');
    expect(l.yTicks.map((t) => t.label)).toEqual(['0', '50', '100', '150']);
  });

  it('follows the units: 150 km is 93.2 mi, so the axis tops at 100 mi', () => {
    const l = chartLayout(SERIES, 'mi', BOX);
    expect(l.yMax).toBe(100);
    expect(l.yTicks.map((t) => t.value)).toEqual([0, 50, 100]);
  });

  it('labels dates briefly, not more often than every 60 px', () => {
    expect(shortDate('2024-12-06')).toBe('6 Dec');
    const l = chartLayout(SERIES, 'km', BOX);
    expect(l.xTicks.map((t) => t.label)).toEqual(['27 Nov', '28 Nov', '29 Nov', '30 Nov']);
    const narrow = chartLayout(SERIES, 'km', { ...BOX, width: 160 });
    // 120 px plot → 2 labels' room → every 2nd day
    expect(narrow.xTicks.map((t) => t.label)).toEqual(['27 Nov', '29 Nov']);
  });

  it('finds the day under the pointer, clamped to the record', () => {
    expect(dateAtX(40, SERIES, BOX)).toBe('2024-11-27');
    expect(dateAtX(180, SERIES, BOX)).toBe('2024-11-28'); // 1.4 days → 1
    expect(dateAtX(200, SERIES, BOX)).toBe('2024-11-29'); // 1.6 days → 2
    expect(dateAtX(0, SERIES, BOX)).toBe('2024-11-27');
    expect(dateAtX(999, SERIES, BOX)).toBe('2024-11-30');
    expect(dateAtX(100, [], BOX)).toBeNull();
  });
});

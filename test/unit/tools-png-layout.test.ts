import { describe, expect, it } from 'vitest';
import type { ControlEvent, PlaceState, Source } from '../../src/core/types';
import {
  clearCorner,
  cornerBox,
  creditedOutlets,
  scaleBar,
  sourcesLine,
} from '../../src/ui/tools/png-layout';

const SIZE = { width: 200, height: 120 };

describe('PNG layout', () => {
  it('puts the legend in a corner of the picture', () => {
    expect(cornerBox('bottom-left', SIZE, 1000, 700, 10)).toEqual({ x: 10, y: 570, width: 200, height: 120 });
    expect(cornerBox('top-right', SIZE, 1000, 700, 10)).toEqual({ x: 790, y: 10, width: 200, height: 120 });
  });

  it('chooses the corner the front leaves free, bottom-left when all are free', () => {
    expect(clearCorner([], SIZE, 1000, 700, 10)).toBe('bottom-left');
    // A front running down the left edge: the legend moves right.
    const leftFront = Array.from({ length: 50 }, (_, i) => [60, i * 14] as const);
    expect(clearCorner(leftFront, SIZE, 1000, 700, 10)).toBe('bottom-right');
    // Front on the left and bottom-right: top-right is left.
    const more = [...leftFront, [900, 650] as const, [950, 600] as const];
    expect(clearCorner(more, SIZE, 1000, 700, 10)).toBe('top-right');
  });

  it('gives a round scale bar that fits', () => {
    // 1 km a pixel, 120 px at most: 100 km.
    expect(scaleBar(1000, 120, 'km')).toEqual({ px: 100, label: '100 km' });
    // 250 m a pixel: 30 km fit, 20 km is the round length.
    expect(scaleBar(250, 120, 'km')).toEqual({ px: 80, label: '20 km' });
    const mi = scaleBar(1000, 120, 'mi');
    expect(mi.label).toBe('50 mi');
    expect(mi.px).toBeCloseTo(80.47, 2);
  });

  it('credits the outlets behind the date’s states, most cited first', () => {
    const ev = (id: string, sources: string[]): ControlEvent => ({
      id,
      date: '2024-12-06',
      place: id,
      status: 'controlled',
      factions: ['hts'],
      citations: sources.map((s) => ({ source: s, quote: 'q' })),
      confidence: 'high',
      precision: 'day',
    });
    const src = (id: string, outlet: string): Source => ({
      id,
      outlet,
      title: '',
      date: '2024-12-06',
      url: null,
      kind: 'news-agency',
      language: 'en',
    });
    const events = new Map([
      ['a', ev('a', ['ap', 'reuters'])],
      ['b', ev('b', ['ap'])],
      ['c', ev('c', ['ap2'])],
    ]);
    const sources = new Map([
      ['ap', src('ap', 'Associated Press')],
      ['ap2', src('ap2', 'Associated Press')],
      ['reuters', src('reuters', 'Reuters')],
    ]);
    const state = (eventId: string | null): PlaceState => ({
      place: 'x',
      status: eventId ? 'controlled' : 'unknown',
      faction: null,
      factions: [],
      bloc: null,
      since: null,
      eventId,
    });
    const outlets = creditedOutlets([state('a'), state('b'), state('c'), state(null)], events, sources);
    expect(outlets).toEqual(['Associated Press', 'Reuters']);
    expect(sourcesLine(outlets, '2024-12-06')).toBe('Sources for 2024-12-06: Associated Press, Reuters');
    expect(sourcesLine(['a', 'b', 'c'], '2024-12-06', 2)).toMatch(/a, b and 1 more/);
  });
});

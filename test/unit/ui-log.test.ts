import { describe, expect, it } from 'vitest';
import { citationsOf, eventCaveats, safeHref } from '../../src/ui/log';
import type { ControlEvent, Source } from '../../src/core/types';

const EVENT: ControlEvent = {
  id: '2024-12-01-nubl',
  date: '2024-12-01',
  place: 'nubl',
  status: 'controlled',
  factions: ['hts'],
  citations: [
    { source: 'a', quote: 'one' },
    { source: 'b', quote: 'two' },
    { source: 'missing', quote: 'three' },
  ],
  confidence: 'low',
  precision: 'approximate',
};

describe('event log rows', () => {
  it('links only absolute http and https URLs', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('/relative/path')).toBeNull();
    expect(safeHref('ftp://example.org/file')).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref('')).toBeNull();
  });

  it('cites outlet, title, date and a safe link; an unknown source falls back on its id, unlinked', () => {
    const sources = new Map<string, Source>([
      [
        'a',
        {
          id: 'a',
          outlet: 'Enab Baladi',
          title: 'T',
          date: '2024-12-05',
          url: 'https://e.example/x',
          kind: 'news',
          language: 'en',
        },
      ],
      [
        'b',
        {
          id: 'b',
          outlet: 'Bad',
          title: 'U',
          date: '2024-12-04',
          url: 'javascript:alert(1)',
          kind: 'news',
          language: 'en',
        },
      ],
    ]);
    expect(citationsOf(EVENT, sources)).toEqual([
      { outlet: 'Enab Baladi', title: 'T', date: '2024-12-05', href: 'https://e.example/x', quote: 'one' },
      { outlet: 'Bad', title: 'U', date: '2024-12-04', href: null, quote: 'two' },
      { outlet: 'missing', title: '', date: null, href: null, quote: 'three' },
    ]);
  });

  it('says what to know before trusting an event', () => {
    expect(eventCaveats(EVENT)).toEqual(['low confidence', 'approximate day: no source names the day']);
    expect(eventCaveats({ ...EVENT, confidence: 'high', precision: 'day' })).toEqual([]);
    expect(eventCaveats({ ...EVENT, confidence: 'medium', precision: 'day', altDate: '2024-12-10' })).toEqual(
      ['medium confidence', 'other sources give 2024-12-10'],
    );
  });
});

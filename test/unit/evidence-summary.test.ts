import { describe, expect, it } from 'vitest';
import type { ControlEvent, Faction } from '../../src/core/types';
import {
  confirmations,
  recordSummary,
  reversals,
  SUMMARY_END,
  SUMMARY_START,
} from '../../src/core/evidence/summary';

const F: Faction[] = [
  { id: 'government', name: 'G', bloc: 'government', color: '#c0392b', description: '' },
  { id: 'hts', name: 'H', bloc: 'opposition', color: '#0f5e6b', description: '' },
  { id: 'sna', name: 'S', bloc: 'opposition', color: '#5fb3a1', description: '' },
];
const ev = (id: string, date: string, place: string, factions: string[], over: Partial<ControlEvent> = {}) =>
  ({
    id,
    date,
    place,
    status: factions.length > 1 ? 'contested' : 'controlled',
    factions,
    citations: [{ source: 's', quote: 'q' }],
    confidence: 'high',
    precision: 'day',
    ...over,
  }) as ControlEvent;

describe('reversals', () => {
  it('finds a place handed back to a bloc that held it before, and not a hand-over within one bloc', () => {
    const events = [
      ev('a0', '2024-11-26', 'suran', ['government']),
      ev('a1', '2024-12-01', 'suran', ['hts']),
      ev('a2', '2024-12-02', 'suran', ['government']),
      ev('a3', '2024-12-04', 'suran', ['hts']),
      ev('b0', '2024-11-26', 'safira', ['government']),
      ev('b1', '2024-12-01', 'safira', ['hts']),
      ev('b2', '2024-12-02', 'safira', ['sna']),
      ev('c0', '2024-11-26', 'hama', ['government']),
      ev('c1', '2024-12-04', 'hama', ['hts', 'government']),
      ev('c2', '2024-12-05', 'hama', ['hts']),
    ];
    expect(reversals(events, F).map((e) => e.id)).toEqual(['a2', 'a3']);
  });
});

describe('confirmations', () => {
  it('finds an event that repeats its place’s state, and not a change', () => {
    const events = [
      ev('r0', '2024-11-26', 'hmeimim', ['russia']),
      ev('r1', '2024-12-08', 'hmeimim', ['russia']),
      ev('h0', '2024-11-26', 'hama', ['government']),
      ev('h1', '2024-12-05', 'hama', ['hts']),
    ];
    expect(confirmations(events).map((e) => e.id)).toEqual(['r1']);
  });
});

describe('recordSummary', () => {
  it('counts places, changes by day and confidence, and lists the approximate days with their reasons', () => {
    const md = recordSummary({
      record: {
        id: 'r',
        title: 't',
        start: '2024-11-26',
        end: '2024-12-12',
        licence: 'x',
        utcOffset: '+03:00',
        description: '',
      },
      places: [],
      factions: F,
      sources: [{ id: 's', outlet: 'o', title: 't', date: null, url: null, kind: 'wire', language: 'en' }],
      kinds: [{ id: 'wire', sufficient: true, description: '' }],
      events: [
        ev('h0', '2024-11-26', 'hama', ['government']),
        ev('h1', '2024-12-05', 'hama', ['hts']),
        ev('m1', '2024-12-06', 'mhardeh', ['hts'], {
          precision: 'approximate',
          confidence: 'low',
          note: 'no | source names the day',
        }),
      ],
    });
    expect(md.startsWith(SUMMARY_START) && md.endsWith(SUMMARY_END)).toBe(true);
    expect(md).toContain(
      '**Changes** (after 2024-11-26): 2 events on 2 days — 1 high, 0 medium, 1 low confidence',
    );
    expect(md).toContain('| events | 1 | 1 |');
    expect(md).toContain('| wire | yes | 1 | 3 |');
    expect(md).toContain('| 2024-12-06 | mhardeh | `m1` | low | no \\| source names the day |');
  });
});

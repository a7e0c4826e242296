// The real record against its evidence rules (src/core/evidence): a newsroom editor's reading of every event.
// A failure lists every offending event id with the rule it breaks, so the fix is a list, not a hunt.
import { beforeAll, describe, expect, it } from 'vitest';
import { openRecordSyncAt } from '../../src/cli/record';
import { checkEvidence, type EvidenceProblem } from '../../src/core/evidence';
import type { Gazetteer } from '../../src/core/gazetteer';
import type { FrontlineRecord } from '../../src/core/record';

/** The places of issue 11 whose every change needs two independent dated reports. */
const KEY_PLACES = [
  'aleppo',
  'hama',
  'rastan',
  'talbiseh',
  'homs',
  'deraa',
  'deir-ezzor',
  'damascus',
  'idlib',
  'suwayda',
  'quneitra',
  'palmyra',
  'manbij',
  'tal-rifaat',
  'salamiyah',
  'qusayr',
];

let r: FrontlineRecord;
let g: Gazetteer;
let problems: EvidenceProblem[];
const list = (rule: EvidenceProblem['rule']) =>
  problems.filter((p) => p.rule === rule).map((p) => `${p.event}: ${p.message}`);

beforeAll(() => {
  r = openRecordSyncAt();
  g = r.gazetteer;
  problems = checkEvidence([...r.events], [...r.sources], [...r.sourceKinds], g, {
    baseline: r.info.start,
    keyPlaces: KEY_PLACES,
  });
});

describe('every change rests on a dated report that names the place', () => {
  it('has a source of a sufficient kind (never only wikis, mirrors, digests, content farms, rewrites)', () => {
    expect(list('sufficient-source')).toEqual([]);
  });

  it("quotes a sufficient source that names the place (by the gazetteer's matching)", () => {
    expect(list('names-place')).toEqual([]);
  });

  it('has such a source dated by its publication (on the day or up to three days after) or its words', () => {
    expect(list('dated')).toEqual([]);
  });

  it('has two independent dated reports for each change of a key place', () => {
    expect(KEY_PLACES.every((p) => g.get(p)?.curated)).toBe(true);
    expect(list('independent-sources')).toEqual([]);
  });

  it('marks what no source fixes: approximate days are never high confidence, and say why', () => {
    expect(list('approximate-marked')).toEqual([]);
  });
});

describe('the state on the eve rests on what was published before the offensive', () => {
  it('cites a sufficient source published on or before 26 November 2024 for every baseline', () => {
    expect(list('baseline-before-offensive')).toEqual([]);
  });

  it('gives high confidence only where such a quote names the place', () => {
    expect(list('baseline-names-place')).toEqual([]);
  });
});

// data/record.json holds everything specific to the record; src/ holds none of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotAt } from '../../src/core/record';
import { ev, issuesOf, memoryFiles, RECORD } from '../fixtures/records/memory';
import { recordAt, REPO_ROOT } from '../fixtures/records/open';

const record = recordAt();
const { info } = record;

describe('data/record.json', () => {
  it('dates each milestone on the day its place passed to the advancing bloc', () => {
    expect(info.milestones.map((m) => m.label)).toEqual([
      'Aleppo falls',
      'Hama falls',
      'Homs falls',
      'Damascus falls',
    ]);
    for (const m of info.milestones) {
      const state = record.model.placeState(m.place, m.date);
      expect(state, m.label).toMatchObject({ bloc: info.advancingBloc, since: m.date });
    }
  });

  it('opens on a day that shows something: two sides and a front line between them', () => {
    const s = snapshotAt(record, info.defaultDate);
    expect(new Set(s.places.map((p) => p.state.bloc).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
    expect(s.frontLines.features.length).toBeGreaterThan(0);
    expect(info.defaultDate > info.start && info.defaultDate <= info.end).toBe(true);
  });

  it('names places the record has: the target (with an outline), the axis, the labelled places', () => {
    expect(record.outlineByPlace.has(info.target)).toBe(true);
    for (const id of [
      ...info.advanceAxis,
      ...info.labelHints.always,
      ...Object.keys(info.labelHints.anchors),
    ])
      expect(record.placesById.has(id), id).toBe(true);
    const [w, s, e, n] = info.view.bounds;
    for (const id of info.labelHints.always) {
      const p = record.placesById.get(id)!;
      expect(p.lon > w && p.lon < e && p.lat > s && p.lat < n, id).toBe(true);
    }
  });

  it('keeps each claim’s quote word for word as its source has it', () => {
    expect(info.claims.length).toBeGreaterThan(0);
    for (const c of info.claims) {
      expect(record.sourcesById.has(c.source), c.id).toBe(true);
      const text = readFileSync(resolve(REPO_ROOT, 'data/seeds', c.source), 'utf8');
      expect(text, c.id).toContain(c.quote);
    }
  });

  it('is checked strictly: an unknown field is an error on its line', () => {
    const list = issuesOf(
      memoryFiles([ev({ id: 'a' })], {
        'data/record.json': RECORD.replace('"zoom": 6', '"zoom": 6, "pitch": 30'),
      }),
    );
    expect(list).toEqual([expect.objectContaining({ file: 'data/record.json', line: 11, field: 'view' })]);
    expect(list[0]!.message).toMatch(/pitch/);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? filesUnder(join(dir, d.name))
      : /\.(ts|svelte)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

describe('src/ knows no record', () => {
  it('names none of the record’s place ids as a string, and none of its claims’ quotes', () => {
    const src = filesUnder(resolve(REPO_ROOT, 'src')).map((f) => ({
      file: relative(REPO_ROOT, f),
      text: readFileSync(f, 'utf8'),
    }));
    const found: string[] = [];
    for (const p of record.places) {
      const literal = new RegExp(`['"\`]${p.id}['"\`]`);
      for (const { file, text } of src) if (literal.test(text)) found.push(`${file}: '${p.id}'`);
    }
    for (const c of info.claims)
      for (const { file, text } of src)
        if (text.includes(c.quote.slice(0, 40))) found.push(`${file}: ${c.id}`);
    expect(found).toEqual([]);
  });
});

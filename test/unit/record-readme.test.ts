// data/README.md's counts are generated: this fails when the record changed and `npm run record:readme` was not run.
import { describe, expect, it } from 'vitest';
import { readRepoText } from '../../src/cli/io';
import { currentSummary, RECORD_README } from '../../src/cli/record-summary';
import { SUMMARY_END, SUMMARY_START, withSummary } from '../../src/core/evidence/summary';

describe('data/README.md', () => {
  it('holds the counts of the record as it is (run `npm run record:readme` after editing the data)', () => {
    const readme = readRepoText(RECORD_README);
    const block = readme.slice(
      readme.indexOf(SUMMARY_START),
      readme.indexOf(SUMMARY_END) + SUMMARY_END.length,
    );
    expect(block).toBe(currentSummary());
  });

  it('replaces only the block between the markers', () => {
    const text = `# Title\n\nbefore\n${SUMMARY_START}\nold\n${SUMMARY_END}\nafter\n`;
    expect(withSummary(text, `${SUMMARY_START}\nnew\n${SUMMARY_END}`)).toBe(
      `# Title\n\nbefore\n${SUMMARY_START}\nnew\n${SUMMARY_END}\nafter\n`,
    );
    expect(() => withSummary('# no markers', 'x')).toThrow(/no summary block/);
  });
});

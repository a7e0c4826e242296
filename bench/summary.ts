// One line of `npm run bench`'s closing table. A benchmark calls `goal(...)` for each figure it measures
// against a goal; the line is printed in a marked form that scripts/bench.mjs collects from every
// benchmark's output into the summary table. The figure and its baseline come from the same run.

export interface GoalRow {
  /** What was measured, e.g. "nearest place of each side, real record, a day". */
  name: string;
  value: number;
  unit: string;
  /** The simple way's figure in the same run (scan, naive, bare page), when there is one. */
  baseline?: number;
  /** The limit the issue sets; `lower` figures are better unless `higher` is set. */
  limit: number;
  higherIsBetter?: boolean;
}

export const SUMMARY_MARK = '::frontline-bench ';

export function goal(row: GoalRow): void {
  console.log(SUMMARY_MARK + JSON.stringify(row));
}

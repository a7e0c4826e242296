// Geometry of the advance chart in plain numbers: scales, the SVG path, axis ticks and the day under a
// pointer. Pure, so the component stays a template and the layout is tested without a browser.
import { daysBetween, addDays } from '../../core/dates.ts';
import type { ISODate } from '../../core/types.ts';
import { fromMetres, type Units } from './units.ts';

export interface SeriesPoint {
  date: ISODate;
  /** Distance in metres, or null when no place of that bloc is known on that day. */
  metres: number | null;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Inner margins for the axes. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartLayout {
  x: (date: ISODate) => number;
  y: (value: number) => number;
  /** The SVG `d` of the curve; gaps (null days) break the line. */
  path: string;
  yTicks: Array<{ value: number; y: number; label: string }>;
  xTicks: Array<{ date: ISODate; x: number; label: string }>;
  /** Top of the y axis, in display units. */
  yMax: number;
}

/** 1, 2 or 5 times a power of ten: tick steps a reader can add up. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, maxTicks);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `27 Nov`: the chart spans days, so the year would only take room. */
export function shortDate(date: ISODate): string {
  const [, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`;
}

export function chartLayout(series: readonly SeriesPoint[], units: Units, box: ChartBox): ChartLayout {
  const first = series[0]?.date ?? '1970-01-01';
  const last = series[series.length - 1]?.date ?? first;
  const days = Math.max(1, daysBetween(first, last));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const values = series.flatMap((p) => (p.metres === null ? [] : [fromMetres(p.metres, units)]));
  const maxValue = values.length ? Math.max(...values) : 1;
  const step = niceStep(maxValue, 4);
  const yMax = Math.max(step, Math.ceil(maxValue / step) * step);

  const x = (date: ISODate): number => box.left + (daysBetween(first, date) / days) * plotW;
  const y = (value: number): number => box.top + plotH - (value / yMax) * plotH;

  const path = linePath(series, units, x, y);

  const yTicks = [];
  for (let v = 0; v <= yMax + 1e-9; v += step)
    yTicks.push({ value: v, y: y(v), label: String(+v.toFixed(6)) });

  // About one date label per 60 px keeps them from touching at phone widths.
  const every = Math.max(1, Math.ceil(days / Math.max(1, Math.floor(plotW / 60))));
  const xTicks = [];
  for (let i = 0; i <= days; i += every) {
    const date = addDays(first, i);
    xTicks.push({ date, x: x(date), label: shortDate(date) });
  }
  return { x, y, path, yTicks, xTicks, yMax };
}

/** The SVG `d` of a series on given scales; a null day lifts the pen, so gaps show as gaps. */
export function linePath(
  series: readonly SeriesPoint[],
  units: Units,
  x: (date: ISODate) => number,
  y: (value: number) => number,
): string {
  let path = '';
  let pen = false;
  for (const p of series) {
    if (p.metres === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(fromMetres(p.metres, units)).toFixed(1)}`;
    pen = true;
  }
  return path;
}

/** The record's day nearest to a horizontal pixel position, clamped to the record. */
export function dateAtX(px: number, series: readonly SeriesPoint[], box: ChartBox): ISODate | null {
  const first = series[0]?.date;
  const last = series[series.length - 1]?.date;
  if (!first || !last) return null;
  const days = daysBetween(first, last);
  const plotW = box.width - box.left - box.right;
  if (days === 0 || plotW <= 0) return first;
  const i = Math.round(((px - box.left) / plotW) * days);
  return addDays(first, Math.min(days, Math.max(0, i)));
}

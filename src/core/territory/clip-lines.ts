// Clips line segments to a polygon area (even-odd over all its rings), with a grid over the polygon's
// edges so that each segment is tested only against the edges near it. The grid is stored in compressed
// rows of typed arrays: the estimator builds one per area and per date, so building must be cheap too.
import type { Position } from 'geojson';

type Seg = [Position, Position];

export class PolygonClipper {
  /** Edges as [ax, ay, bx, by] runs in one typed array, numbered ring by ring, segment by segment. */
  private readonly e: Float64Array;
  private readonly count: number;
  /** The edges of cell c are ids[start[c] … start[c + 1]). */
  private readonly start: Int32Array;
  private readonly ids: Int32Array;
  private readonly x0: number;
  private readonly y0: number;
  private readonly size: number;
  private readonly n: number;
  private readonly stamp: Uint32Array;
  private tick = 0;
  private readonly sp = new Int32Array(4);

  constructor(rings: readonly (readonly Position[])[]) {
    let m = 0;
    for (const r of rings) m += Math.max(0, r.length - 1);
    this.count = m;
    this.e = new Float64Array(4 * m);
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    let k = 0;
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++, k++) {
        const a = r[i]!;
        const b = r[i + 1]!;
        const ax = a[0]!;
        const ay = a[1]!;
        const bx = b[0]!;
        const by = b[1]!;
        this.e[4 * k] = ax;
        this.e[4 * k + 1] = ay;
        this.e[4 * k + 2] = bx;
        this.e[4 * k + 3] = by;
        minX = Math.min(minX, ax, bx);
        minY = Math.min(minY, ay, by);
        maxX = Math.max(maxX, ax, bx);
        maxY = Math.max(maxY, ay, by);
      }
    }
    // About four edges a cell, at most 128 cells a side.
    this.n = Math.max(1, Math.min(128, Math.ceil(Math.sqrt(m / 4))));
    this.x0 = minX;
    this.y0 = minY;
    this.size = Math.max(maxX - minX, maxY - minY, 1e-9) / this.n;
    const cells = this.n * this.n;
    const counts = new Int32Array(cells + 1);
    const sp = this.sp;
    for (let q = 0; q < m; q++) {
      this.span(q);
      for (let i = sp[0]!; i <= sp[1]!; i++)
        for (let j = sp[2]!; j <= sp[3]!; j++) counts[i * this.n + j + 1]!++;
    }
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.start = counts.slice();
    this.ids = new Int32Array(counts[cells]!);
    for (let q = 0; q < m; q++) {
      this.span(q);
      for (let i = sp[0]!; i <= sp[1]!; i++)
        for (let j = sp[2]!; j <= sp[3]!; j++) this.ids[counts[i * this.n + j]!++] = q;
    }
    this.stamp = new Uint32Array(m);
  }

  private cell(v: number, o: number): number {
    return Math.min(this.n - 1, Math.max(0, Math.floor((v - o) / this.size)));
  }

  /** The cells edge q spans, [i0, i1, j0, j1], into this.sp (no allocation: it runs twice per edge). */
  private span(q: number): void {
    const e = this.e;
    const ax = e[4 * q]!;
    const ay = e[4 * q + 1]!;
    const bx = e[4 * q + 2]!;
    const by = e[4 * q + 3]!;
    this.sp[0] = this.cell(Math.min(ax, bx), this.x0);
    this.sp[1] = this.cell(Math.max(ax, bx), this.x0);
    this.sp[2] = this.cell(Math.min(ay, by), this.y0);
    this.sp[3] = this.cell(Math.max(ay, by), this.y0);
  }

  contains(x: number, y: number): boolean {
    if (!this.count) return false;
    let inside = false;
    // A horizontal ray to +x: only edges in this row of cells, to the right, can cross it.
    const j = Math.floor((y - this.y0) / this.size);
    if (j < 0 || j >= this.n || Math.floor((x - this.x0) / this.size) >= this.n) return false;
    this.tick++;
    const e = this.e;
    for (let i = Math.max(0, Math.floor((x - this.x0) / this.size)); i < this.n; i++) {
      const c = i * this.n + j;
      for (let s = this.start[c]!, end = this.start[c + 1]!; s < end; s++) {
        const k = this.ids[s]!;
        if (this.stamp[k] === this.tick) continue;
        this.stamp[k] = this.tick;
        const ax = e[4 * k]!;
        const ay = e[4 * k + 1]!;
        const bx = e[4 * k + 2]!;
        const by = e[4 * k + 3]!;
        if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      }
    }
    return inside;
  }

  /**
   * Where segment a→b crosses the edges: for each, t along a→b and u along the edge. `closedU`: whether
   * u = 1 counts (for clipping) or not (for overlay, so a crossing at a vertex two edges share counts once).
   */
  private cuts(
    ax: number,
    ay: number,
    bx: number,
    by: number,
    closedU: boolean,
    f: (edge: number, t: number, u: number) => void,
  ): void {
    if (!this.count) return;
    this.tick++;
    const i0 = this.cell(Math.min(ax, bx), this.x0);
    const i1 = this.cell(Math.max(ax, bx), this.x0);
    const j0 = this.cell(Math.min(ay, by), this.y0);
    const j1 = this.cell(Math.max(ay, by), this.y0);
    const e = this.e;
    for (let i = i0; i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const c = i * this.n + j;
        for (let s = this.start[c]!, end = this.start[c + 1]!; s < end; s++) {
          const k = this.ids[s]!;
          if (this.stamp[k] === this.tick) continue;
          this.stamp[k] = this.tick;
          const cx = e[4 * k]!;
          const cy = e[4 * k + 1]!;
          const dx = e[4 * k + 2]!;
          const dy = e[4 * k + 3]!;
          const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
          if (den === 0) continue;
          const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
          const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / den;
          if (t > 0 && t < 1 && u >= 0 && (closedU ? u <= 1 : u < 1)) f(k, t, u);
        }
      }
  }

  /**
   * Every edge that segment a→b crosses: `f(edge, t, u)` with t ∈ (0, 1) along a→b and u ∈ [0, 1) along the
   * edge (half-open, so a crossing at a vertex the edges share is reported once).
   */
  crossings(
    ax: number,
    ay: number,
    bx: number,
    by: number,
    f: (edge: number, t: number, u: number) => void,
  ): void {
    this.cuts(ax, ay, bx, by, false, f);
  }

  /** The parts of segment a→b inside the polygon. */
  clip(a: Position, b: Position): Seg[] {
    const ax = a[0]!;
    const ay = a[1]!;
    const bx = b[0]!;
    const by = b[1]!;
    const ts = [0, 1];
    this.cuts(ax, ay, bx, by, true, (_k, t) => ts.push(t));
    ts.sort((p, q) => p - q);
    const out: Seg[] = [];
    for (let i = 0; i + 1 < ts.length; i++) {
      const t0 = ts[i]!;
      const t1 = ts[i + 1]!;
      if (t1 - t0 < 1e-12) continue;
      const tm = (t0 + t1) / 2;
      if (!this.contains(ax + (bx - ax) * tm, ay + (by - ay) * tm)) continue;
      out.push([
        [ax + (bx - ax) * t0, ay + (by - ay) * t0],
        [ax + (bx - ax) * t1, ay + (by - ay) * t1],
      ]);
    }
    return out;
  }
}

/** Joins segments that meet end to end into polylines (rounded to 6 decimals; zero-length pieces dropped). */
export function mergeSegments(segs: readonly Seg[]): Position[][] {
  const r = (p: Position): Position => [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
  const k = (p: Position) => `${p[0]},${p[1]}`;
  const pieces = segs.map(([a, b]) => [r(a), r(b)] as Seg).filter(([a, b]) => k(a) !== k(b));
  const at = new Map<string, number[]>();
  pieces.forEach(([a, b], i) => {
    for (const p of [a, b]) {
      const l = at.get(k(p));
      if (l) l.push(i);
      else at.set(k(p), [i]);
    }
  });
  const used = new Uint8Array(pieces.length);
  const lines: Position[][] = [];
  const walk = (start: Position, first: number): Position[] => {
    const line = [start];
    let cur = start;
    let i: number | undefined = first;
    while (i !== undefined && !used[i]) {
      used[i] = 1;
      const [a, b] = pieces[i]!;
      cur = k(a) === k(cur) ? b : a;
      line.push(cur);
      const next = at.get(k(cur))!;
      // Continue only through simple joints, so lines end where three or more pieces meet.
      i = next.length === 2 ? next.find((j) => !used[j]) : undefined;
    }
    return line;
  };
  // Start at line ends and junctions first, then whatever is left (closed loops).
  for (const [key, list] of at) {
    if (list.length === 2) continue;
    const p = pieces[list[0]!]!;
    const start = k(p[0]) === key ? p[0] : p[1];
    for (const i of list) if (!used[i]) lines.push(walk(start, i));
  }
  for (let i = 0; i < pieces.length; i++) if (!used[i]) lines.push(walk(pieces[i]![0], i));
  return lines;
}

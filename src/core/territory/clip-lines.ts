// Clips line segments to a polygon area (even-odd over all its rings), with a grid over the polygon's
// edges so that each segment is tested only against the edges near it.
import type { Position } from 'geojson';

type Seg = [Position, Position];

export class PolygonClipper {
  private readonly edges: Array<[number, number, number, number]> = [];
  private readonly grid = new Map<number, number[]>();
  private readonly x0: number;
  private readonly y0: number;
  private readonly size: number;
  private readonly n: number;
  private stamp: Uint32Array;
  private tick = 0;

  constructor(private readonly rings: readonly (readonly Position[])[]) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        const [ax, ay] = r[i]! as [number, number];
        const [bx, by] = r[i + 1]! as [number, number];
        this.edges.push([ax, ay, bx, by]);
        minX = Math.min(minX, ax);
        minY = Math.min(minY, ay);
        maxX = Math.max(maxX, ax);
        maxY = Math.max(maxY, ay);
      }
    }
    this.n = 64;
    this.x0 = minX;
    this.y0 = minY;
    this.size = Math.max(maxX - minX, maxY - minY, 1e-9) / this.n;
    this.edges.forEach((e, i) =>
      this.cellsOf(e[0], e[1], e[2], e[3], (c) => {
        const l = this.grid.get(c);
        if (l) l.push(i);
        else this.grid.set(c, [i]);
      }),
    );
    this.stamp = new Uint32Array(this.edges.length);
  }

  private cellsOf(ax: number, ay: number, bx: number, by: number, f: (cell: number) => void): void {
    const c = (v: number, o: number) => Math.min(this.n - 1, Math.max(0, Math.floor((v - o) / this.size)));
    const [i0, i1] = [c(Math.min(ax, bx), this.x0), c(Math.max(ax, bx), this.x0)];
    const [j0, j1] = [c(Math.min(ay, by), this.y0), c(Math.max(ay, by), this.y0)];
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) f(i * this.n + j);
  }

  contains(x: number, y: number): boolean {
    let inside = false;
    // A horizontal ray to +x: only edges in this row of cells, to the right, can cross it.
    const j = Math.floor((y - this.y0) / this.size);
    if (j < 0 || j >= this.n || Math.floor((x - this.x0) / this.size) >= this.n) return false;
    this.tick++;
    for (let i = Math.max(0, Math.floor((x - this.x0) / this.size)); i < this.n; i++) {
      for (const k of this.grid.get(i * this.n + j) ?? []) {
        if (this.stamp[k] === this.tick) continue;
        this.stamp[k] = this.tick;
        const [ax, ay, bx, by] = this.edges[k]!;
        if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      }
    }
    return inside;
  }

  /** The parts of segment a→b inside the polygon. */
  clip(a: Position, b: Position): Seg[] {
    const [ax, ay] = a as [number, number];
    const [bx, by] = b as [number, number];
    const ts = [0, 1];
    this.tick++;
    this.cellsOf(ax, ay, bx, by, (c) => {
      for (const k of this.grid.get(c) ?? []) {
        if (this.stamp[k] === this.tick) continue;
        this.stamp[k] = this.tick;
        const [cx, cy, dx, dy] = this.edges[k]!;
        const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
        if (den === 0) continue;
        const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
        const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / den;
        if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
      }
    });
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

// Faction colours must stay apart for readers with red-green colour-vision deficiency. The simulation and
// the colour difference are written out here (Machado et al. 2009; CIEDE2000) so the check needs no library.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/io';
import { parseFactions } from '../../src/core/load/data';

/** sRGB `#rrggbb` → linear RGB in [0, 1]. */
function hexToLinear(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const PROTANOPIA: Matrix = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: Matrix = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];

function simulate(rgb: [number, number, number], m: Matrix): [number, number, number] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return m.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as [
    number,
    number,
    number,
  ];
}

/** Linear sRGB → CIELAB (D65). */
function linearToLab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000(l1: [number, number, number], l2: [number, number, number]): number {
  const [L1, a1, b1] = l1;
  const [L2, a2, b2] = l2;
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hp = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hp(a1p, b1);
  const h2p = hp(a2p, b2);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hpm = (h1p + h2p) / 2;
    else hpm = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hpm - 30) * rad) +
    0.24 * Math.cos(2 * hpm * rad) +
    0.32 * Math.cos((3 * hpm + 6) * rad) -
    0.2 * Math.cos((4 * hpm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const Sc = 1 + 0.045 * Cpm;
  const Sh = 1 + 0.015 * Cpm * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

const factions = parseFactions(
  readFileSync(resolve(REPO_ROOT, 'data/factions.jsonl'), 'utf8'),
  'data/factions.jsonl',
);
const VISIONS = [
  ['normal vision', null],
  ['deuteranopia', DEUTERANOPIA],
  ['protanopia', PROTANOPIA],
] as const;

function lab(hex: string, m: Matrix | null): [number, number, number] {
  const rgb = hexToLinear(hex);
  return linearToLab(m ? simulate(rgb, m) : rgb);
}

describe('colour science helpers', () => {
  it('computes CIEDE2000 like the published test data (Sharma et al. 2005, pairs 1, 7 and 17)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it('converts white and black to L* 100 and 0, and leaves greys grey under simulation', () => {
    expect(lab('#ffffff', null)[0]).toBeCloseTo(100, 2);
    expect(lab('#000000', null)[0]).toBeCloseTo(0, 5);
    const g = lab('#808080', DEUTERANOPIA);
    expect(Math.hypot(g[1], g[2])).toBeLessThan(1);
  });

  it('makes pure red and green close for a deuteranope though far apart for normal vision', () => {
    const normal = deltaE2000(lab('#ff0000', null), lab('#00a000', null));
    const deutan = deltaE2000(lab('#ff0000', DEUTERANOPIA), lab('#00a000', DEUTERANOPIA));
    expect(normal).toBeGreaterThan(60);
    expect(deutan).toBeLessThan(normal / 2);
  });
});

describe('faction colours', () => {
  it('keeps the conventions: government in a red family, SDF yellow', () => {
    const hue = (hex: string) => {
      const [, a, b] = lab(hex, null);
      return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
    };
    const byId = new Map(factions.map((f) => [f.id, f.color]));
    expect(hue(byId.get('government')!)).toBeLessThan(50); // CIELAB red hues sit around 20–45°
    expect(hue(byId.get('sdf')!)).toBeGreaterThan(70);
    expect(hue(byId.get('sdf')!)).toBeLessThan(100); // yellow sits around 85–95°
  });

  for (const [name, m] of VISIONS) {
    it(`separates every pair of factions of different blocs by ΔE00 ≥ 12 with ${name}`, () => {
      for (const a of factions) {
        for (const b of factions) {
          if (a.id >= b.id || a.bloc === b.bloc) continue;
          const d = deltaE2000(lab(a.color, m), lab(b.color, m));
          expect(d, `${a.id} ${a.color} vs ${b.id} ${b.color}`).toBeGreaterThanOrEqual(12);
        }
      }
    });

    it(`keeps factions of one bloc distinguishable (ΔE00 ≥ 8) with ${name}`, () => {
      for (const a of factions) {
        for (const b of factions) {
          if (a.id >= b.id || a.bloc !== b.bloc) continue;
          expect(deltaE2000(lab(a.color, m), lab(b.color, m)), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(
            8,
          );
        }
      }
    });
  }
});

// The map as shown, as a PNG: a title band with the date, the map picture (at the screen's resolution or
// twice it), a legend in the corner the front leaves free, a scale bar, and a footer that credits the date's
// sources and the map data. Line swatches are drawn with the map's own line styles.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { pngLayout, type LegendEntry } from '../tools/download.ts';
import { clearCorner, cornerBox, scaleBar, sourcesLine } from '../tools/png-layout.ts';
import { distanceMetres } from '../../core/measure/geodesic.ts';
import { SRC } from './style.ts';

export interface PngOptions {
  title: string;
  /** The date in words, for the title band. */
  date: string;
  legend: readonly LegendEntry[];
  /** Credits for the map data (the map's attribution is used when it shows one). */
  attribution: string;
  /** The outlets behind the date's states, most cited first; as many as fit are named. */
  outlets: readonly string[];
  /** The date, ISO, for the sources line. */
  isoDate: string;
  /** 1: the screen's resolution; 2: twice as many pixels each way (for print). */
  scale?: 1 | 2;
  units?: 'km' | 'mi';
  /** Places that changed on the date, [lon, lat]: the legend keeps clear of them as of the front. */
  changed?: ReadonlyArray<readonly [number, number]>;
}

/** The map's canvas once everything asked of it is drawn, at `pixelRatio` (restored afterwards). */
async function grabMapFrame(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (pixelRatio !== before) {
    map.setPixelRatio(pixelRatio);
    await new Promise<void>((r) => map.once('idle', () => r()));
  }
  try {
    return await new Promise((resolve) => {
      map.once('render', () => {
        const src = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = src.width;
        copy.height = src.height;
        copy.getContext('2d')!.drawImage(src, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    if (pixelRatio !== before) map.setPixelRatio(before);
  }
}

const FONT = '"Noto Sans", system-ui, sans-serif';

function drawSwatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number, s: number): void {
  ctx.save();
  if (e.shape === 'line') {
    const w = (e.width ?? 2) * s;
    if (e.casing) {
      ctx.strokeStyle = e.casing;
      ctx.lineWidth = w + 2.5 * s;
      ctx.beginPath();
      ctx.moveTo(x - 9 * s, y);
      ctx.lineTo(x + 9 * s, y);
      ctx.stroke();
    }
    ctx.strokeStyle = e.color;
    ctx.lineWidth = w;
    // MapLibre's line-dasharray is in line widths: the same pattern here.
    if (e.dash) ctx.setLineDash(e.dash.map((d) => d * w));
    ctx.beginPath();
    ctx.moveTo(x - 9 * s, y);
    ctx.lineTo(x + 9 * s, y);
    ctx.stroke();
  } else if (e.shape === 'area') {
    ctx.fillStyle = e.color;
    ctx.globalAlpha = 0.3;
    ctx.fillRect(x - 8 * s, y - 5 * s, 16 * s, 10 * s);
  } else {
    ctx.beginPath();
    ctx.arc(x, y, 5 * s, 0, Math.PI * 2);
    ctx.fillStyle = e.shape === 'hatched' ? '#ffffff' : e.color;
    ctx.fill();
    if (e.shape === 'hatched') {
      ctx.clip();
      ctx.strokeStyle = e.color;
      ctx.lineWidth = 1.2 * s;
      for (let d = -10; d <= 10; d += 3) {
        ctx.beginPath();
        ctx.moveTo(x + (d - 6) * s, y + 6 * s);
        ctx.lineTo(x + (d + 6) * s, y - 6 * s);
        ctx.stroke();
      }
    }
    ctx.restore();
    ctx.save();
    ctx.beginPath();
    ctx.arc(x, y, 5 * s, 0, Math.PI * 2);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.2 * s;
    ctx.stroke();
  }
  ctx.restore();
}

/** Front-line vertices and changed places, in CSS pixels of the map: what the legend must not hide. */
function actionPoints(
  map: MapLibreMap,
  changed: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const f of map.querySourceFeatures(SRC.frontLines)) {
    const g = f.geometry;
    const lines =
      g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const line of lines) {
      for (const c of line) {
        const p = map.project([c[0]!, c[1]!]);
        out.push([p.x, p.y]);
      }
    }
  }
  for (const c of changed) {
    const p = map.project([c[0], c[1]]);
    // A changed place weighs as much as a stretch of front.
    for (let i = 0; i < 10; i++) out.push([p.x, p.y]);
  }
  return out;
}

/** The map picture with its bands, as a canvas (the PNG download and every frame of the animation). */
export async function composeMapPicture(map: MapLibreMap, o: PngOptions): Promise<HTMLCanvasElement> {
  // The credits shown on the map (its attribution control), else the caller's.
  const shown = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim();
  const credit = `${shown || o.attribution} · areas and front lines are estimates`;
  const screenRatio = map.getPixelRatio();
  const frame = await grabMapFrame(map, screenRatio * (o.scale ?? 1));
  const cssW = map.getCanvas().clientWidth || frame.width;
  const cssH = map.getCanvas().clientHeight || frame.height;
  const L = pngLayout(frame.width, frame.height, frame.width / cssW);
  const { scale: s, header } = L;
  const canvas = document.createElement('canvas');
  canvas.width = L.width;
  canvas.height = L.height;
  const ctx = canvas.getContext('2d')!;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#161616';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${Math.round(18 * s)}px ${FONT}`;
  ctx.fillText(o.date, 12 * s, header / 2);
  const dateW = ctx.measureText(o.date).width;
  ctx.font = `${Math.round(13 * s)}px ${FONT}`;
  ctx.fillStyle = '#444444';
  ctx.fillText(o.title, 12 * s + dateW + 14 * s, header / 2);
  ctx.drawImage(frame, 0, header);

  // Legend, in CSS pixels first (the corner is chosen where the map's own coordinates are), then scaled.
  const rowH = 18;
  ctx.font = `${Math.round(12 * s)}px ${FONT}`;
  const textW = Math.max(0, ...o.legend.map((e) => ctx.measureText(e.label).width / s));
  const size = { width: textW + 42, height: o.legend.length * rowH + 12 };
  const margin = 10;
  const corner = clearCorner(actionPoints(map, o.changed ?? []), size, cssW, cssH, margin);
  if (o.legend.length) {
    const b = cornerBox(corner, size, cssW, cssH, margin);
    const bx = b.x * s;
    const by = header + b.y * s;
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(bx, by, b.width * s, b.height * s);
    ctx.strokeStyle = '#cccccc';
    ctx.lineWidth = 1 * s;
    ctx.strokeRect(bx, by, b.width * s, b.height * s);
    o.legend.forEach((e, i) => {
      const cy = by + (6 + rowH * i + rowH / 2) * s;
      drawSwatch(ctx, e, bx + 15 * s, cy, s);
      ctx.fillStyle = '#222222';
      ctx.textBaseline = 'middle';
      ctx.fillText(e.label, bx + 30 * s, cy);
    });
  }

  // Scale bar: measured on the map along its bottom, in the bottom corner the legend left free.
  const y0 = cssH - 24;
  const a = map.unproject([cssW / 2 - 50, y0]);
  const z = map.unproject([cssW / 2 + 50, y0]);
  const metresPerPx = distanceMetres([a.lng, a.lat], [z.lng, z.lat]) / 100;
  const bar = scaleBar(metresPerPx, 120, o.units ?? 'km');
  const barLeft = corner === 'bottom-left' ? cssW - margin - bar.px - 6 : margin + 6;
  const bx = barLeft * s;
  const byy = header + (cssH - margin - 8) * s;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(bx - 6 * s, byy - 20 * s, (bar.px + 12) * s, 26 * s);
  ctx.strokeStyle = '#222222';
  ctx.lineWidth = 1.5 * s;
  ctx.beginPath();
  ctx.moveTo(bx, byy - 5 * s);
  ctx.lineTo(bx, byy);
  ctx.lineTo(bx + bar.px * s, byy);
  ctx.lineTo(bx + bar.px * s, byy - 5 * s);
  ctx.stroke();
  ctx.fillStyle = '#222222';
  ctx.font = `${Math.round(11 * s)}px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(bar.label, bx, byy - 8 * s);

  // Footer: the date's sources, then the map's credits.
  ctx.font = `${Math.round(11 * s)}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#333333';
  const fy = header + frame.height;
  const room = canvas.width - 24 * s;
  let max = o.outlets.length;
  let line = sourcesLine(o.outlets, o.isoDate, max);
  while (max > 1 && ctx.measureText(line).width > room) line = sourcesLine(o.outlets, o.isoDate, --max);
  ctx.fillText(line, 12 * s, fy + 12 * s, room);
  ctx.fillStyle = '#555555';
  ctx.fillText(credit, 12 * s, fy + 29 * s, canvas.width - 24 * s);
  return canvas;
}

export async function renderMapPng(map: MapLibreMap, o: PngOptions): Promise<Blob> {
  const canvas = await composeMapPicture(map, o);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

/** Saves a Blob under a file name through a temporary object URL and a download link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

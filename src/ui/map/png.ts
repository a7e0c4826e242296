// The map as shown, as a PNG with its date, legend and credits drawn in. The WebGL canvas is read inside a
// 'render' event: the frame is still in the drawing buffer then, so the map needs no preserveDrawingBuffer
// (which would slow every frame of playback).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { pngLayout, type LegendEntry } from '../tools/download.ts';

export interface PngOptions {
  title: string;
  date: string;
  legend: readonly LegendEntry[];
  attribution: string;
}

function grabMapFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
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
}

const FONT = '"Noto Sans", system-ui, sans-serif';

function drawSwatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number, s: number): void {
  ctx.save();
  if (e.shape === 'line') {
    ctx.strokeStyle = e.color;
    ctx.lineWidth = 2.5 * s;
    ctx.beginPath();
    ctx.moveTo(x - 7 * s, y);
    ctx.lineTo(x + 7 * s, y);
    ctx.stroke();
  } else if (e.shape === 'area') {
    ctx.fillStyle = e.color;
    ctx.globalAlpha = 0.35;
    ctx.fillRect(x - 7 * s, y - 5 * s, 14 * s, 10 * s);
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

export async function renderMapPng(map: MapLibreMap, text: PngOptions): Promise<Blob> {
  // The credits shown on the map (its attribution control), else the caller's.
  const shown = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim();
  const credit = `${shown || text.attribution} · areas and front lines are estimates`;
  const frame = await grabMapFrame(map);
  const ratio = frame.width / Math.max(1, map.getCanvas().clientWidth || frame.width);
  const L = pngLayout(frame.width, frame.height, ratio);
  const s = L.scale;
  const canvas = document.createElement('canvas');
  canvas.width = L.width;
  canvas.height = L.height;
  const ctx = canvas.getContext('2d')!;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.width, L.header);
  ctx.fillStyle = '#161616';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${Math.round(18 * s)}px ${FONT}`;
  ctx.fillText(text.date, 12 * s, L.header / 2);
  const dateW = ctx.measureText(text.date).width;
  ctx.font = `${Math.round(13 * s)}px ${FONT}`;
  ctx.fillStyle = '#444444';
  ctx.fillText(text.title, 12 * s + dateW + 14 * s, L.header / 2);
  ctx.drawImage(frame, 0, L.header);

  // Legend: a white box in the bottom-left corner of the map picture.
  const rowH = 18 * s;
  ctx.font = `${Math.round(12 * s)}px ${FONT}`;
  const textW = Math.max(0, ...text.legend.map((e) => ctx.measureText(e.label).width));
  const boxW = textW + 40 * s;
  const boxH = text.legend.length * rowH + 12 * s;
  const boxX = 10 * s;
  const boxY = L.height - boxH - 30 * s;
  if (text.legend.length) {
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(boxX, boxY, boxW, boxH);
    text.legend.forEach((e, i) => {
      const cy = boxY + 6 * s + rowH * i + rowH / 2;
      drawSwatch(ctx, e, boxX + 14 * s, cy, s);
      ctx.fillStyle = '#222222';
      ctx.textBaseline = 'middle';
      ctx.fillText(e.label, boxX + 28 * s, cy);
    });
  }

  // Credits along the bottom edge, right-aligned as on the map.
  ctx.font = `${Math.round(11 * s)}px ${FONT}`;
  const cw = ctx.measureText(credit).width;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(L.width - cw - 16 * s, L.height - 20 * s, cw + 16 * s, 20 * s);
  ctx.fillStyle = '#333333';
  ctx.textBaseline = 'middle';
  ctx.fillText(credit, L.width - cw - 8 * s, L.height - 10 * s);

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

// Drives the record's layers on a loaded map: place colours through feature-state (a day step touches only the
// places that changed), the change animation (the old colour fades out, a ring pulses) and the estimated
// territory sources. MapView owns the Map; this owns what the record draws on it.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Place, PlaceState } from '../../core/types';
import { changedPlaces, easeOut, featureStateOf } from './place-state';
import { HATCH_IMAGE, LAYER, SRC } from './style';

export const CHANGE_ANIMATION_MS = 600;

interface Animation {
  featureId: number;
  start: number;
}

/** A 2x hatch disc for contested places: dark diagonal stripes over white, clipped to a circle. */
export function hatchImage(size = 40): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - 1, 0, Math.PI * 2);
  ctx.clip();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = '#3a3a3a';
  ctx.lineWidth = size / 10;
  for (let x = -size; x < size * 2; x += size / 4) {
    ctx.beginPath();
    ctx.moveTo(x, size);
    ctx.lineTo(x + size, 0);
    ctx.stroke();
  }
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - 1.5, 0, Math.PI * 2);
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

export class MapController {
  readonly featureIds = new Map<string, number>();
  private states: ReadonlyMap<string, PlaceState> = new Map();
  private animations = new Map<string, Animation>();
  private frame = 0;
  /** Main-thread time spent in applyStates and animation frames, for the benchmark. */
  workMs = 0;

  constructor(
    private readonly map: MapLibreMap,
    places: readonly Place[],
  ) {
    places.forEach((p, i) => this.featureIds.set(p.id, i));
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 2 });
  }

  /** Recolours the places whose state differs from the last call; returns their ids. */
  applyStates(next: ReadonlyMap<string, PlaceState>, animate: boolean): string[] {
    const t0 = performance.now();
    const changed = changedPlaces(this.states, next);
    const now = performance.now();
    for (const id of changed) {
      const fid = this.featureIds.get(id);
      if (fid === undefined) continue;
      const target = { source: SRC.places, id: fid };
      const before = featureStateOf(this.states.get(id));
      this.map.setFeatureState(target, featureStateOf(next.get(id)));
      if (animate && (before.faction !== '' || before.status === 'contested')) {
        this.map.setFeatureState(target, { prevFaction: before.faction, prevOpacity: 1, pulse: 0.01 });
        this.animations.set(id, { featureId: fid, start: now });
      } else if (this.animations.has(id)) {
        this.map.setFeatureState(target, { prevOpacity: 0, pulse: 0 });
        this.animations.delete(id);
      }
    }
    this.states = next;
    if (this.animations.size > 0 && this.frame === 0) {
      this.frame = requestAnimationFrame((t) => this.tick(t));
    }
    this.workMs += performance.now() - t0;
    return changed;
  }

  get animating(): boolean {
    return this.animations.size > 0;
  }

  private tick(now: number): void {
    const t0 = performance.now();
    this.frame = 0;
    for (const [id, a] of this.animations) {
      const t = (now - a.start) / CHANGE_ANIMATION_MS;
      const target = { source: SRC.places, id: a.featureId };
      if (t >= 1) {
        this.map.setFeatureState(target, { prevOpacity: 0, pulse: 0 });
        this.animations.delete(id);
      } else {
        this.map.setFeatureState(target, {
          prevOpacity: 1 - easeOut(t),
          pulse: Math.max(0.01, easeOut(t)),
        });
      }
    }
    if (this.animations.size > 0) this.frame = requestAnimationFrame((t) => this.tick(t));
    this.workMs += performance.now() - t0;
  }

  setTerritory(areas: FeatureCollection, frontLines: FeatureCollection): void {
    (this.map.getSource(SRC.areas) as GeoJSONSource | undefined)?.setData(areas);
    (this.map.getSource(SRC.frontLines) as GeoJSONSource | undefined)?.setData(frontLines);
  }

  setVisibility(showAreas: boolean, showFrontLines: boolean): void {
    const vis = (on: boolean) => (on ? 'visible' : 'none');
    this.map.setLayoutProperty(LAYER.areas, 'visibility', vis(showAreas));
    this.map.setLayoutProperty(LAYER.frontLines, 'visibility', vis(showFrontLines));
    this.map.setLayoutProperty(LAYER.frontLinesCasing, 'visibility', vis(showFrontLines));
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

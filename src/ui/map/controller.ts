// Drives the record's layers on a loaded map: place colours through feature-state (a day step touches only the
// places that changed), the change animation (the old colour fades out, a ring pulses) and the estimated
// territory, which cross-fades from one day's areas to the next. MapView owns the Map; this owns what the
// record draws on it.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { ISODate, Place, PlaceState } from '../../core/types';
import { easeOut, featureStateOf } from './place-state';
import { HATCH_IMAGE, HATCH_PATTERN, LAYER, NO_INFO_PATTERN, SRC } from './style';
import { PALETTE } from './palette';

/** How long a changed place pulses: long enough to be seen at a glance, shorter than a day of playback at 1×. */
export const CHANGE_ANIMATION_MS = 1600;
/** The previous colour is gone after this share of the pulse. */
const COLOUR_FADE_SHARE = 0.5;
/** How long one day's areas take to fade into the next. */
export const AREA_FADE_MS = 700;

/** The second areas source and layer: the day's areas fade in on one while the last day's fade out on the other. */
export const AREAS_B = { source: 'areas-b', layer: 'areas-fill-b' } as const;

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

/** A tileable diagonal hatch for contested areas. */
export function hatchPattern(size = 16): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = '#3a3a3a';
  ctx.lineWidth = 1.5;
  // Three strokes so the stripe continues across the tile's corners.
  for (const o of [-size, 0, size]) {
    ctx.beginPath();
    ctx.moveTo(o, size);
    ctx.lineTo(o + size, 0);
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, size, size);
}

/** A tileable light hatch for ground beyond every place's reach: thin grey strokes the other way round. */
export function noInfoPattern(size = 20): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = PALETTE.noInformation;
  ctx.lineWidth = 1.2;
  for (const o of [-size, 0, size]) {
    ctx.beginPath();
    ctx.moveTo(o, 0);
    ctx.lineTo(o + size, size);
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, size, size);
}

/** Draws the style's generated images when the map first asks for them. */
export function provideImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    if (id === HATCH_IMAGE) map.addImage(id, hatchImage(), { pixelRatio: 2 });
    if (id === HATCH_PATTERN) map.addImage(id, hatchPattern(), { pixelRatio: 2 });
    if (id === NO_INFO_PATTERN) map.addImage(id, noInfoPattern(), { pixelRatio: 2 });
  });
}

/** Two states draw the same (the faction and status that feature-state carries). */
function sameDrawing(a: PlaceState | undefined, b: PlaceState | undefined): boolean {
  const x = featureStateOf(a);
  const y = featureStateOf(b);
  return x.faction === y.faction && x.status === y.status;
}

export class MapController {
  readonly featureIds = new Map<string, number>();
  /** What each place was drawn as: the "before" of the next change's fade. */
  private readonly drawn = new Map<string, PlaceState>();
  private animations = new Map<string, Animation>();
  private frame = 0;
  /** The date of the snapshot on the map, or null before the first. */
  date: ISODate | null = null;
  /** Main-thread time spent painting snapshots and animation frames, for the benchmark. */
  workMs = 0;

  constructor(
    private readonly map: MapLibreMap,
    places: readonly Place[],
  ) {
    places.forEach((p, i) => this.featureIds.set(p.id, i));
  }

  /**
   * Paints a snapshot's places: only those whose drawing differs from what is on the map get a new
   * feature-state (a day step touches a handful). Returns their ids; with `animate` they pulse.
   */
  paint(
    date: ISODate,
    places: ReadonlyArray<{ place: { id: string }; state: PlaceState }>,
    animate: boolean,
  ): string[] {
    const t0 = performance.now();
    const changed: Array<[string, PlaceState]> = [];
    for (const { place, state } of places) {
      if (!sameDrawing(this.drawn.get(place.id), state) || !this.drawn.has(place.id))
        changed.push([place.id, state]);
    }
    this.date = date;
    this.workMs += performance.now() - t0;
    return this.apply(changed, animate && this.drawn.size > 0);
  }

  private apply(changed: ReadonlyArray<[string, PlaceState]>, animate: boolean): string[] {
    const t0 = performance.now();
    const now = performance.now();
    const out: string[] = [];
    for (const [id, state] of changed) {
      const fid = this.featureIds.get(id);
      if (fid === undefined) continue;
      const target = { source: SRC.places, id: fid };
      const before = featureStateOf(this.drawn.get(id));
      const known = this.drawn.has(id);
      this.drawn.set(id, state);
      this.map.setFeatureState(target, featureStateOf(state));
      if (!known) continue;
      out.push(id);
      if (animate && (before.faction !== '' || before.status === 'contested')) {
        this.map.setFeatureState(target, { prevFaction: before.faction, prevOpacity: 1, pulse: 0.01 });
        this.animations.set(id, { featureId: fid, start: now });
      } else if (this.animations.has(id)) {
        this.map.setFeatureState(target, { prevOpacity: 0, pulse: 0 });
        this.animations.delete(id);
      }
    }
    if (this.animations.size > 0 && this.frame === 0) {
      this.frame = requestAnimationFrame((t) => this.tick(t));
    }
    this.workMs += performance.now() - t0;
    return out;
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
          prevOpacity: 1 - easeOut(Math.min(1, t / COLOUR_FADE_SHARE)),
          pulse: Math.max(0.01, easeOut(t)),
        });
      }
    }
    if (this.animations.size > 0) this.frame = requestAnimationFrame((t) => this.tick(t));
    this.workMs += performance.now() - t0;
  }

  /** Which of the two areas layers shows the current day. */
  private front: 'a' | 'b' = 'a';
  private areaOpacity: unknown = null;
  private fadeToken = 0;

  /** Adds the second areas source and layer, a copy of the style's areas layer, just above it. */
  private ensureAreasB(): void {
    if (this.map.getLayer(AREAS_B.layer)) return;
    const base = this.map.getStyle().layers.find((l) => l.id === LAYER.areas);
    if (!base || base.type !== 'fill') return;
    this.areaOpacity = base.paint?.['fill-opacity'] ?? 0.2;
    this.map.addSource(AREAS_B.source, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    this.map.addLayer({ ...base, id: AREAS_B.layer, source: AREAS_B.source }, LAYER.contestedAreas);
    this.map.setPaintProperty(AREAS_B.layer, 'fill-opacity', 0);
    for (const id of [LAYER.areas, AREAS_B.layer]) {
      this.map.setPaintProperty(id, 'fill-opacity-transition', { duration: AREA_FADE_MS, delay: 0 });
    }
  }

  /**
   * Shows a day's territory. The areas cross-fade: the new day's go into the hidden layer, which fades in once
   * its source has the data, while the old day's fade out; front lines and contested cells switch at once.
   */
  setTerritory(t: {
    areas: FeatureCollection;
    frontLines: FeatureCollection;
    contested: FeatureCollection;
    noInformation: FeatureCollection;
  }): void {
    this.ensureAreasB();
    (this.map.getSource(SRC.frontLines) as GeoJSONSource | undefined)?.setData(t.frontLines);
    (this.map.getSource(SRC.noInformation) as GeoJSONSource | undefined)?.setData(t.noInformation);
    (this.map.getSource(SRC.contested) as GeoJSONSource | undefined)?.setData(t.contested);
    if (!this.map.getLayer(AREAS_B.layer)) {
      (this.map.getSource(SRC.areas) as GeoJSONSource | undefined)?.setData(t.areas);
      return;
    }
    const incoming =
      this.front === 'a'
        ? { source: AREAS_B.source, layer: AREAS_B.layer }
        : { source: SRC.areas, layer: LAYER.areas };
    const outgoing = this.front === 'a' ? LAYER.areas : AREAS_B.layer;
    this.front = this.front === 'a' ? 'b' : 'a';
    const token = ++this.fadeToken;
    (this.map.getSource(incoming.source) as GeoJSONSource | undefined)?.setData(t.areas);
    const swap = (): void => {
      if (token !== this.fadeToken) return;
      this.map.setPaintProperty(incoming.layer, 'fill-opacity', this.areaOpacity as number);
      this.map.setPaintProperty(outgoing, 'fill-opacity', 0);
    };
    // setData parses in MapLibre's worker: fade in only once the new areas can be drawn.
    const onData = (e: { sourceId?: string; isSourceLoaded?: boolean }): void => {
      if (e.sourceId !== incoming.source || !this.map.isSourceLoaded(incoming.source)) return;
      this.map.off('sourcedata', onData);
      swap();
    };
    this.map.on('sourcedata', onData);
  }

  /** The layer showing the current day's areas (the other one holds the fading last day). */
  get currentAreasLayer(): string {
    return this.front === 'a' ? LAYER.areas : AREAS_B.layer;
  }

  setVisibility(showAreas: boolean, showFrontLines: boolean): void {
    const vis = (on: boolean) => (on ? 'visible' : 'none');
    this.ensureAreasB();
    this.map.setLayoutProperty(LAYER.areas, 'visibility', vis(showAreas));
    if (this.map.getLayer(AREAS_B.layer))
      this.map.setLayoutProperty(AREAS_B.layer, 'visibility', vis(showAreas));
    this.map.setLayoutProperty(LAYER.contestedAreas, 'visibility', vis(showAreas));
    this.map.setLayoutProperty(LAYER.noInformation, 'visibility', vis(showAreas));
    this.map.setLayoutProperty(LAYER.frontLines, 'visibility', vis(showFrontLines));
    this.map.setLayoutProperty(LAYER.frontLinesCasing, 'visibility', vis(showFrontLines));
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

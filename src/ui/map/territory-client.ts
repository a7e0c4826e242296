// Asks the territory worker for a date's estimated areas and keeps each answer, so scrubbing back over a day
// costs nothing. The caller drops an answer for a date it no longer shows.
import type { MultiPolygon, Polygon } from 'geojson';
import type { Territory, TerritoryPoint } from '../../core/territory';
import type { ISODate, Place, PlaceState } from '../../core/types';
import type { TerritoryRequest } from '../workers/territory.worker';

export function territoryPoints(
  places: readonly Place[],
  states: ReadonlyMap<string, PlaceState>,
): TerritoryPoint[] {
  return places.map((p) => {
    const s = states.get(p.id);
    return {
      id: p.id,
      lon: p.lon,
      lat: p.lat,
      bloc: s?.bloc ?? null,
      faction: s?.faction ?? null,
      status: s?.status ?? 'unknown',
    };
  });
}

export class TerritoryClient {
  private readonly worker: Worker;
  private readonly cache = new Map<ISODate, Territory>();
  private nextId = 1;
  private waiting = new Map<number, (t: Territory | null) => void>();

  constructor(private readonly clip: Polygon | MultiPolygon) {
    this.worker = new Worker(new URL('../workers/territory.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker.onmessage = (e: MessageEvent<{ id: number; territory?: Territory; error?: string }>) => {
      const done = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      if (e.data.error) console.warn(`territory: ${e.data.error}`);
      done?.(e.data.territory ?? null);
    };
  }

  /** The territory for `date`, from the cache or the worker; null if the worker failed. */
  get(date: ISODate, points: () => TerritoryPoint[]): Promise<Territory | null> {
    const hit = this.cache.get(date);
    if (hit) return Promise.resolve(hit);
    const id = this.nextId++;
    const req: TerritoryRequest = { id, points: points(), clip: this.clip };
    return new Promise((resolve) => {
      this.waiting.set(id, (t) => {
        if (t) this.cache.set(date, t);
        resolve(t);
      });
      this.worker.postMessage(req);
    });
  }

  destroy(): void {
    this.worker.terminate();
    this.waiting.forEach((w) => w(null));
    this.waiting.clear();
  }
}

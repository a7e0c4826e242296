// The distance panel's figures for the selected date, shared by the panel (the table) and by DistanceLines
// (the lines on the map), so both show the same rows. Reactive: it follows the date and the target.
import type { Place } from '../../core/types.ts';
import { PlaceIndex, type Side } from '../../core/measure/nearest.ts';
import { sidesOf } from '../../core/record/open.ts';
import type { AppData } from '../data.ts';
import type { AppState } from '../state.svelte.ts';
import { nearestRows, outlineOf, type NearestRow, type Outline } from './distance-view.ts';
import { sideColors, sideNames } from './sides.ts';

export type DistanceInput = Pick<AppData, 'places' | 'model' | 'outlines' | 'factions' | 'info' | 'blocs'>;

export class Distances {
  readonly placesById: ReadonlyMap<string, Place>;
  readonly colors: Record<string, string>;
  readonly names: Record<Side, string>;
  /** The record's sides, the advancing bloc first, then `contested`. */
  readonly sides: readonly Side[];
  private readonly index: PlaceIndex;
  private readonly data: DistanceInput;
  private readonly app: AppState;

  constructor(data: DistanceInput, app: AppState) {
    this.data = data;
    this.app = app;
    // Built once from the record, never changed: it need not be reactive.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.placesById = new Map(data.places.map((p) => [p.id, p]));
    this.index = new PlaceIndex(data.places);
    this.colors = sideColors(data.factions);
    this.names = sideNames(data.factions, data.info);
    this.sides = sidesOf(data);
  }

  // Getters over reactive state: a reader's own $derived re-runs them when the date or the target changes.
  get target(): Place | undefined {
    return this.placesById.get(this.app.target) ?? this.placesById.get(this.data.info.target);
  }

  get outline(): Outline | null {
    const t = this.target;
    return t ? outlineOf(this.data.outlines, t.id) : null;
  }

  get rows(): NearestRow[] {
    const t = this.target;
    if (!t) return [];
    const states = this.data.model.stateAt(this.app.date);
    return nearestRows(this.index, this.placesById, states, t, this.outline, this.sides);
  }
}

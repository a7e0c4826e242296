// The app's view state, shared by every component (MapView, timeline, panels, and the tools in src/ui/tools).
// One instance, created in main.ts and handed down; fields are Svelte 5 $state so any reader re-renders.
import type { ISODate } from '../core/types';
import type { Side } from '../core/measure/nearest';

export type Units = 'km' | 'mi';
export const SPEEDS = [0.5, 1, 2, 4] as const;
/** Days per second of playback. */
export type Speed = (typeof SPEEDS)[number];

export interface RulerPoint {
  lon: number;
  lat: number;
  label?: string;
}

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export class AppState {
  /** The selected day: from the link, or the record's `defaultDate` (App passes it in). */
  date = $state<ISODate>('');
  /** Id of the place whose popup is open, or null. */
  selectedPlace = $state<string | null>(null);
  units = $state<Units>('km');
  playing = $state(false);
  speed = $state<Speed>(1);
  /** Fly the camera to each day's changes during playback. */
  // Off by default: a shared link or a reader's own view should not be moved without asking.
  follow = $state(false);
  showAreas = $state(true);
  showFrontLines = $state(true);
  /** Points of the ruler tool (src/ui/tools), in click order. */
  ruler = $state<RulerPoint[]>([]);
  /** The ruler is on: a map click adds a point instead of opening a place. */
  measuring = $state(false);
  /**
   * Sides whose distance line to the target is drawn. By default only the advancing side's (set from the
   * record): the others' nearest places can be hundreds of kilometres away, and their lines cross the country.
   */
  distanceSides = $state<Side[]>([]);
  /** Place id the distance panel and advance chart measure to: the record's `target` to begin with. */
  target = $state<string>('');
  /** A second date the shown one is compared with (the compare view), or null. */
  compare = $state<ISODate | null>(null);
  /** Last camera the map reported; written by MapView, read by the URL sync. */
  camera = $state<Camera | null>(null);

  /**
   * How the next URL update is written: 'push' after a deliberate move (a jump, a picked date, a place opened)
   * so Back returns; otherwise 'replace', so playback and day steps don't flood the history. Not reactive: the
   * URL sync reads and resets it.
   */
  historyMode: 'push' | 'replace' = 'replace';

  /** Marks the change about to be made as a deliberate move: it gets its own history entry. */
  deliberate(): void {
    this.historyMode = 'push';
  }

  constructor(init: Partial<Pick<AppState, 'date' | 'units' | 'target' | 'distanceSides'>> = {}) {
    if (init.date) this.date = init.date;
    if (init.units) this.units = init.units;
    if (init.target) this.target = init.target;
    if (init.distanceSides) this.distanceSides = init.distanceSides;
  }
}

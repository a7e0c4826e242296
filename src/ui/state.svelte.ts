// The app's view state, shared by every component (MapView, timeline, panels, and the tools in src/ui/tools).
// One instance, created in main.ts and handed down; fields are Svelte 5 $state so any reader re-renders.
import type { ISODate } from '../core/types';

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
  /** Place id the distance panel and advance chart measure to: the record's `target` to begin with. */
  target = $state<string>('');
  /** Last camera the map reported; written by MapView, read by the URL sync. */
  camera = $state<Camera | null>(null);

  constructor(init: Partial<Pick<AppState, 'date' | 'units' | 'target'>> = {}) {
    if (init.date) this.date = init.date;
    if (init.units) this.units = init.units;
    if (init.target) this.target = init.target;
  }
}

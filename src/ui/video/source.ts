// What the animation needs of the map on screen (MapView.frameSource): a way to draw it at the video's size and
// to show one day and wait until everything of that day is drawn. Types only, so the Download menu can name
// them without loading the renderer.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ISODate } from '../../core/types.ts';

export interface FrameSource {
  map: MapLibreMap;
  /**
   * Sizes the map to `size` CSS pixels at `pixelRatio`, keeping what the reader sees in frame, and draws days
   * without the change animation. Returns the function that puts the map back as it was.
   */
  prepare(size: { width: number; height: number }, pixelRatio: number): Promise<() => void>;
  /** Shows `date` and resolves once the map is idle with that day's places, areas, lines and distance drawn. */
  show(date: ISODate): Promise<void>;
}

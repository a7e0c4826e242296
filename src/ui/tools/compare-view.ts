// The compare view as plain values: which date is first, the map's features (the places that changed hands,
// each with its old and new side's colour; the areas gained and lost, each in its side's colour) and the
// table's rows with their cited sources. Pure; CompareLayer and ComparePanel render them.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Comparison, SideOf } from '../../core/compare';
import type { Faction, ISODate, RecordManifest, Source } from '../../core/types.ts';
import { citationsOf, type Citation } from '../log.ts';
import { PALETTE } from '../map/palette.ts';
import { sideColors, sideNames } from './sides.ts';

/** The two dates in order: the comparison always runs from the earlier to the later. */
export function compareRange(a: ISODate, b: ISODate): { from: ISODate; to: ISODate } {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

export interface SideLabels {
  name: (s: SideOf) => string;
  color: (s: SideOf) => string;
  /** An area side (a bloc, or a kind such as `contested`). */
  areaName: (side: string) => string;
  areaColor: (side: string) => string;
}

export function sideLabels(
  factions: readonly Faction[],
  info: Pick<RecordManifest, 'blocNames'>,
): SideLabels {
  const byId = new Map(factions.map((f) => [f.id, f]));
  const names = sideNames(factions, info);
  const colors = sideColors(factions);
  return {
    name: (s) =>
      s.status === 'contested'
        ? `Contested (${s.factions.map((f) => byId.get(f)?.name ?? f).join(', ')})`
        : s.status === 'unknown' || !s.faction
          ? 'Not known'
          : (byId.get(s.faction)?.name ?? s.faction),
    color: (s) =>
      s.status === 'contested'
        ? colors.contested!
        : s.faction
          ? (byId.get(s.faction)?.color ?? PALETTE.unknown)
          : PALETTE.unknown,
    areaName: (side) => names[side] ?? side.replace(/-/g, ' '),
    areaColor: (side) => colors[side] ?? PALETTE.unknown,
  };
}

/** The map's features: one point per changed place, one polygon per side's ground gained or lost. */
export function compareFeatures(c: Comparison, labels: SideLabels): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: [
      ...c.areas.map((a) => ({
        type: 'Feature' as const,
        properties: { kind: `area-${a.change}`, side: a.side, color: labels.areaColor(a.side) },
        geometry: a.geometry,
      })),
      ...c.places.map((p) => ({
        type: 'Feature' as const,
        properties: {
          kind: 'place',
          place: p.place,
          old: labels.color(p.from),
          new: labels.color(p.to),
        },
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      })),
    ],
  };
}

export interface CompareRow {
  place: string;
  name: string;
  from: { label: string; color: string };
  to: { label: string; color: string };
  events: Array<{ id: string; date: ISODate; citations: Citation[] }>;
}

export function compareRows(
  c: Comparison,
  labels: SideLabels,
  sources: ReadonlyMap<string, Source>,
): CompareRow[] {
  return c.places.map((p) => ({
    place: p.place,
    name: p.name,
    from: { label: labels.name(p.from), color: labels.color(p.from) },
    to: { label: labels.name(p.to), color: labels.color(p.to) },
    events: p.events.map((e) => ({ id: e.id, date: e.date, citations: citationsOf(e, sources) })),
  }));
}

/** `frontline-compare-2024-11-29-2024-12-08.geojson`. */
export function compareFileName(from: ISODate, to: ISODate): string {
  return `frontline-compare-${from}-${to}.geojson`;
}

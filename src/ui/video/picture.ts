// What each frame of the animation says besides the map: the day in words, the legend of the factions holding a
// place that day and of the layers drawn, the sources behind the day's states and the credits — the PNG
// download's picture (DownloadMenu's pngFile reads the same functions), for any day rather than the one shown.
import { formatLongDate } from '../../core/dates.ts';
import type { ISODate } from '../../core/types.ts';
import type { AppData } from '../data.ts';
import type { PngOptions } from '../map/png.ts';
import { legendEntries } from '../tools/download.ts';
import { creditedOutlets } from '../tools/png-layout.ts';
import { sideColors, sideNames } from '../tools/sides.ts';

export interface PictureLayers {
  areas: boolean;
  frontLines: boolean;
  distance: boolean;
  ruler: boolean;
  units: 'km' | 'mi';
  /** The place distances are measured to. */
  target: string;
}

export function pictureOptions(data: AppData, date: ISODate, layers: PictureLayers): PngOptions {
  const states = [...data.model.stateAt(date).values()];
  const present = new Set(states.flatMap((s) => (s.faction ? [s.faction] : [])));
  const side = data.info.advancingBloc;
  const target = data.placesById.get(layers.target);
  const changed = states
    .filter((x) => x.since === date)
    .flatMap((x) => {
      const p = data.placesById.get(x.place);
      return p ? [[p.lon, p.lat] as const] : [];
    });
  return {
    title: data.info.title,
    date: formatLongDate(date),
    legend: legendEntries(data.factions, present, {
      contested: states.some((s) => s.status === 'contested'),
      areas: layers.areas,
      frontLines: layers.frontLines,
      distance:
        layers.distance && target
          ? {
              label: `Nearest ${sideNames(data.factions, data.info)[side] ?? side} place → ${target.name}`,
              color: sideColors(data.factions)[side] ?? '#555555',
            }
          : null,
      ruler: layers.ruler,
    }),
    attribution: data.info.attribution,
    outlets: creditedOutlets(states, data.eventsById, data.sourcesById),
    isoDate: date,
    units: layers.units,
    changed,
  };
}

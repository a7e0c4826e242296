// Label fonts bundled with the app (SIL OFL, @fontsource) and declared through MapLibre 6's `font-faces`, so the
// map needs no glyph server and Arabic is shaped by the browser's own text engine. Each file keeps the
// unicode-range its @fontsource CSS gives it, so a Latin-only view never downloads the Arabic file.
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';

// Copied from the @fontsource CSS files (index.css / 600.css) of version 5.3.0.
const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+1D00-1DBF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
const ARABIC = ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+FB50-FDFF', 'U+FE70-FEFC'];

/** Font names used in `text-font` throughout the style. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/** MapLibre wants absolute URLs; Vite gives paths relative to the page (base './'). */
function abs(url: string): string {
  return new URL(url, document.baseURI).href;
}

export function fontFaces(): FontFacesSpecification {
  return {
    [FONT_REGULAR]: [
      { url: abs(latin400), 'unicode-range': LATIN },
      { url: abs(latinExt400), 'unicode-range': LATIN_EXT },
      { url: abs(arabic400), 'unicode-range': ARABIC },
    ],
    [FONT_SEMIBOLD]: [
      { url: abs(latin600), 'unicode-range': LATIN },
      { url: abs(latinExt600), 'unicode-range': LATIN_EXT },
      { url: abs(arabic600), 'unicode-range': ARABIC },
    ],
  };
}

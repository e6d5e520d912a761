/**
 * The label fonts' files for the style's `font-faces`: the same self-hosted
 * Be Vietnam Pro files, and the same Unicode ranges, as src/styles/fonts.css,
 * so Vietnamese labels render with full diacritics offline. Characters outside
 * these ranges (Han, kana, Hangul) are drawn with device fonts.
 */
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec'
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url'
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url'
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url'
import vietnamese700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url'
import { FONT } from './labels'

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
]
const VIETNAMESE = [
  'U+0102-0103',
  'U+0110-0111',
  'U+0128-0129',
  'U+0168-0169',
  'U+01A0-01A1',
  'U+01AF-01B0',
  'U+0300-0301',
  'U+0303-0304',
  'U+0308-0309',
  'U+0323',
  'U+0329',
  'U+1EA0-1EF9',
  'U+20AB',
]

/** Absolute URLs: MapLibre fetches the files itself. */
export function labelFontFaces(base: string): FontFacesSpecification {
  const face = (url: string, ranges: string[]) => ({ url: new URL(url, base).href, 'unicode-range': ranges })
  return {
    [FONT.regular]: [face(latin400, LATIN), face(vietnamese400, VIETNAMESE)],
    [FONT.bold]: [face(latin700, LATIN), face(vietnamese700, VIETNAMESE)],
  }
}

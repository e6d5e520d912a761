/**
 * Label text and fonts. Labels are drawn from fonts, never from a glyphs
 * server: MapLibre rasterises them locally, from the self-hosted Be Vietnam
 * Pro files named in the style's `font-faces` (so Vietnamese diacritics render
 * offline) and from the device's CJK fonts (`localIdeographFontFamily`).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec'
import type { Locale } from '@/content/schema'

/** Names used in `text-font`; `font-faces` maps them to files. */
export const FONT = {
  regular: 'Be Vietnam Pro Regular',
  bold: 'Be Vietnam Pro Bold',
} as const

/**
 * A basemap feature's name in the UI language, else the local (Vietnamese)
 * name, else whatever `name` holds (Protomaps puts the local name there).
 */
export function localizedName(locale: Locale): ExpressionSpecification {
  const keys = locale === 'vi' ? ['name:vi'] : [`name:${locale}`, 'name:vi']
  return ['coalesce', ...keys.map((key): ExpressionSpecification => ['get', key]), ['get', 'name']]
}

/**
 * Device fonts for Han, kana and Hangul, in the order that gives each UI
 * language its regional glyph forms. MapLibre draws these scripts with the
 * first family the device has.
 */
export function ideographFontFamily(locale: Locale): string {
  const byLocale: Partial<Record<Locale, string[]>> = {
    ko: ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR'],
    ja: ['Hiragino Sans', 'Yu Gothic', 'Noto Sans CJK JP', 'Noto Sans JP'],
  }
  const chinese = ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC']
  return [...(byLocale[locale] ?? []), ...chinese, 'sans-serif'].map(quoteFamily).join(', ')
}

function quoteFamily(family: string): string {
  return family === 'sans-serif' ? family : `'${family}'`
}

/**
 * The web app manifests (one per locale, so an installed app can carry its
 * name in the reader's language) and the icon files they list. Pure: the
 * Vite plugin (./web-manifest-plugin.ts) reads the files and passes their
 * contents in; scripts/generate-icons.ts draws the icons listed here.
 */
import { fallbackChain } from '../../content/build/localize.ts'
import type { Locale, Site } from '../../content/schema.ts'

/** Where the icons go in the build output; the PNGs themselves live in content/brand/icons/. */
export const ICONS_DIR = 'icons'

/** A source SVG in content/brand/. */
export type BrandSource = 'icon.svg' | 'shortcut-map.svg' | 'shortcut-saved.svg'

export interface BrandIcon {
  /** File name, in content/brand/icons/ and under icons/ in the build. */
  file: string
  /** Width and height in pixels. */
  size: number
  source: BrandSource
  /**
   * `tile`: rounded corners, transparent outside, for platforms that show the
   * icon as it is. `full-bleed`: the whole square, opaque, for platforms that
   * cut their own shape (maskable icons, iOS).
   */
  shape: 'tile' | 'full-bleed'
  role: 'any' | 'maskable' | 'apple-touch' | 'shortcut'
}

const ANY_SIZES = [48, 72, 96, 128, 144, 192, 256, 384, 512]
const MASKABLE_SIZES = [192, 512]

/** The app sections an installed app's launcher menu jumps to, with their UI label key (under `nav`). */
export const SHORTCUTS = ['map', 'saved'] as const
export type Shortcut = (typeof SHORTCUTS)[number]

export const BRAND_ICONS: readonly BrandIcon[] = [
  ...ANY_SIZES.map((size): BrandIcon => ({
    file: `icon-${size}.png`,
    size,
    source: 'icon.svg',
    shape: 'tile',
    role: 'any',
  })),
  ...MASKABLE_SIZES.map((size): BrandIcon => ({
    file: `maskable-${size}.png`,
    size,
    source: 'icon.svg',
    shape: 'full-bleed',
    role: 'maskable',
  })),
  { file: 'apple-touch-icon.png', size: 180, source: 'icon.svg', shape: 'full-bleed', role: 'apple-touch' },
  ...SHORTCUTS.map((id): BrandIcon => ({
    file: `shortcut-${id}.png`,
    size: 96,
    source: `shortcut-${id}.svg`,
    shape: 'tile',
    role: 'shortcut',
  })),
]

export const APPLE_TOUCH_ICON = 'apple-touch-icon.png'

export interface ManifestIcon {
  src: string
  sizes: string
  type: 'image/png'
  purpose?: 'any' | 'maskable'
}

export interface ManifestShortcut {
  name: string
  url: string
  icons: ManifestIcon[]
}

/** The members of a web app manifest this app uses (https://www.w3.org/TR/appmanifest/). */
export interface WebManifest {
  id: string
  name: string
  short_name: string
  description: string
  lang: string
  dir: 'ltr' | 'rtl' | 'auto'
  start_url: string
  scope: string
  display: 'standalone'
  display_override: ('standalone' | 'minimal-ui')[]
  orientation: 'any'
  background_color: string
  theme_color: string
  categories: string[]
  icons: ManifestIcon[]
  shortcuts: ManifestShortcut[]
}

/** The UI messages a manifest needs, in its locale. */
export interface ManifestMessages {
  /** `app.guideName`, e.g. "Cẩm nang {city}". */
  guideName: string
  /** `nav.<shortcut>`: the shortcut labels. */
  nav: Record<Shortcut, string>
}

/** content/brand/brand.yaml. */
export interface BrandColours {
  theme_color: string
  background_color: string
}

export interface WebManifestOptions {
  locale: Locale
  site: Pick<Site, 'name' | 'tagline'>
  messages: ManifestMessages
  colours: BrandColours
  /** The app's public base path (Vite's `base`), ending in a slash. */
  base?: string
}

/** Launchers cut longer names under the icon. */
export const SHORT_NAME_MAX = 12

export function manifestFileName(locale: Locale): string {
  return `manifest-${locale}.webmanifest`
}

export function webManifest({ locale, site, messages, colours, base = '/' }: WebManifestOptions): WebManifest {
  const city = localized(site.name, locale)
  const icon = (file: string, size: number, purpose?: ManifestIcon['purpose']): ManifestIcon => ({
    src: `${base}${ICONS_DIR}/${file}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    ...(purpose ? { purpose } : {}),
  })
  return {
    // One id for every locale: they describe the same app, installed once.
    id: base,
    name: messages.guideName.replace(/\{\s*city\s*\}/g, city),
    short_name: city,
    description: localized(site.tagline, locale),
    lang: locale,
    dir: 'ltr',
    // The root redirects to the reader's saved or browser language.
    start_url: base,
    scope: base,
    display: 'standalone',
    display_override: ['standalone', 'minimal-ui'],
    orientation: 'any',
    background_color: colours.background_color,
    theme_color: colours.theme_color,
    categories: ['travel', 'navigation'],
    icons: BRAND_ICONS.filter((i) => i.role === 'any' || i.role === 'maskable').map((i) =>
      icon(i.file, i.size, i.role === 'maskable' ? 'maskable' : 'any'),
    ),
    shortcuts: SHORTCUTS.map((id) => {
      const file = BRAND_ICONS.find((i) => i.file === `shortcut-${id}.png`)!
      return { name: messages.nav[id], url: `${base}${locale}/${id}`, icons: [icon(file.file, file.size)] }
    }),
  }
}

/** A site text in `locale`, else its fallbacks (English, then Vietnamese), as the app shows it. */
function localized(text: Site['name'], locale: Locale): string {
  for (const l of fallbackChain(locale)) {
    const value = text[l]
    if (value) return value
  }
  return text.vi
}

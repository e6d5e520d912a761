/**
 * Category icons for the map, drawn from the same SVG paths as the UI's
 * AppIcon (src/components/icons/icons.ts): white line icons that sit on the
 * category-coloured circles of the `place-points` layer.
 */
import { iconPath } from '@/components/icons/icons'
import type { Category } from '@/content/schema'
import { categoryImageId } from './ids'

/** Device pixels per CSS pixel the icons are drawn at; MapLibre scales them down. */
export const ICON_PIXEL_RATIO = 2
const ICON_CSS_SIZE = 24

/** An SVG data URL of a named icon, stroked in `colour`. Pure. */
export function iconDataUrl(name: string, colour = '#ffffff'): string {
  const size = ICON_CSS_SIZE * ICON_PIXEL_RATIO
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" ` +
    `stroke="${colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${iconPath(name)}"/></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** Image id → data URL for every category, plus the plain marker for unknown categories. */
export function categoryIconUrls(categories: readonly Category[]): Map<string, string> {
  const urls = new Map(categories.map((c) => [categoryImageId(c.id), iconDataUrl(c.icon)]))
  urls.set(categoryImageId('unknown'), iconDataUrl('marker'))
  return urls
}

/** Decodes an image URL into an element MapLibre's addImage accepts. */
export async function decodeImage(url: string, doc: Document = document): Promise<HTMLImageElement> {
  const image = doc.createElement('img')
  image.src = url
  await image.decode()
  return image
}

/** Every category icon, decoded, keyed by image id. */
export async function loadCategoryIcons(categories: readonly Category[]): Promise<Map<string, HTMLImageElement>> {
  const entries = await Promise.all(
    [...categoryIconUrls(categories)].map(async ([id, url]) => [id, await decodeImage(url)] as const),
  )
  return new Map(entries)
}

/**
 * Shapes loaded content into what the browser receives: one manifest and one
 * text bundle per locale (src/content/model.ts). File URLs are left as
 * placeholders that the Vite plugin turns into asset imports.
 */
import type { EntityKind, Image, Locale, PlaceAudio, Site } from '../schema.ts'
import type { AudioRef, ImageRef, LocaleContent, Localized, Manifest } from '../model.ts'
import { coverageOf, type CoverageEntry } from './coverage.ts'
import { buildSearchIndex } from '../../domain/search.ts'
import { localize } from './localize.ts'
import { searchDocs } from './search-index.ts'
import type { Entity, LoadedContent, TextOf } from './types.ts'

export interface ContentOutput {
  manifest: Manifest
  locales: Partial<Record<Locale, LocaleContent>>
  /** Absolute paths of files referenced by URL; `assetPlaceholder(i)` marks file i in the manifest. */
  assets: string[]
  coverage: CoverageEntry[]
}

export function assetPlaceholder(index: number): string {
  return `__CONTENT_ASSET_${index}__`
}

/** Undefined when site.yaml is missing or invalid: there is nothing to build from. */
export function buildOutput(
  content: LoadedContent,
  site: Site | undefined,
  contentHash: string,
): ContentOutput | undefined {
  if (!site) return undefined
  const assets: string[] = []
  const contentFileUrl = (rel: string): string => {
    assets.push(`${content.dir}/${rel}`)
    return assetPlaceholder(assets.length - 1)
  }
  const fileUrl = (entity: Entity, file: string): string => contentFileUrl(`${entity.folder}/${file}`)
  const withUrls = (entity: Entity, images: Image[]): ImageRef[] =>
    images.map((image) => ({ ...image, url: fileUrl(entity, image.file) }))
  // Listed field by field: the browser gets the URL, not the file name an editor wrote.
  const audioUrls = (entity: Entity, audio: PlaceAudio[]): AudioRef[] =>
    audio.map(({ file, locale, credit, licence }) => ({ locale, url: fileUrl(entity, file), credit, licence }))
  const valid = <K extends EntityKind>(kind: K) => content.entities[kind].filter((e) => e.meta.data !== undefined)

  const manifest: Manifest = {
    // The browser needs the basemap's URL, not its path in the content folder.
    site:
      site.map.basemap === undefined
        ? site
        : { ...site, map: { ...site.map, basemap: contentFileUrl(site.map.basemap) } },
    categories: content.categories.data ?? [],
    places: valid('places').map((p) => {
      const meta = p.meta.data!
      return { id: p.id, ...meta, images: withUrls(p, meta.images), audio: audioUrls(p, meta.audio) }
    }),
    itineraries: valid('itineraries').map((it) => {
      const meta = it.meta.data!
      // The browser needs a URL, not the file name an editor wrote.
      const route = meta.route === undefined ? undefined : fileUrl(it, meta.route)
      return { id: it.id, ...meta, ...(route === undefined ? {} : { route }), images: withUrls(it, meta.images) }
    }),
    events: valid('events').map((e) => ({ id: e.id, ...e.meta.data!, images: withUrls(e, e.meta.data!.images) })),
    contentHash,
  }

  const locales: Partial<Record<Locale, LocaleContent>> = {}
  const perEntity = new Map<Entity, Partial<Record<Locale, Localized<object> | undefined>>>()
  const entities = { places: valid('places'), itineraries: valid('itineraries'), events: valid('events') }
  for (const locale of site.locales) {
    const texts = {
      places: localizeAll(entities.places, locale, perEntity),
      itineraries: localizeAll(entities.itineraries, locale, perEntity),
      events: localizeAll(entities.events, locale, perEntity),
    }
    const docs = searchDocs({ locale, site, categories: manifest.categories, entities, texts })
    locales[locale] = { locale, ...texts, search: buildSearchIndex(docs) }
  }
  const coverage = [...perEntity].map(([entity, localized]) =>
    coverageOf(entity.kind, entity.id, localized, (locale) => entity.texts[locale]?.data !== undefined),
  )
  return { manifest, locales, assets, coverage }
}

function localizeAll<K extends EntityKind>(
  entities: Entity<K>[],
  locale: Locale,
  perEntity: Map<Entity, Partial<Record<Locale, Localized<object> | undefined>>>,
): Record<string, Localized<TextOf<K>>> {
  const out: Record<string, Localized<TextOf<K>>> = {}
  for (const entity of entities) {
    const text = localize(entity, locale)
    if (text) out[entity.id] = text
    const record = perEntity.get(entity as Entity) ?? {}
    record[locale] = text
    perEntity.set(entity as Entity, record)
  }
  return out
}

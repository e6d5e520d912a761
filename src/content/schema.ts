/**
 * The content model, as zod schemas. Every content type in the app and the
 * build is inferred from these (`z.infer`), and the JSON Schemas in
 * `content/schema/` that editors' editors use are generated from them, so a
 * rule is written exactly once.
 *
 * This file must stay free of Node and DOM imports: the browser imports the
 * inferred types and the locale list from it.
 */
import { z } from 'zod'
import { describeSchemes, isSafeHref, WEB_SCHEMES, type LinkScheme } from '../domain/safe-url.ts'

export const LOCALES = ['vi', 'en', 'ko', 'zh', 'ja'] as const
export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>
/** The source language; every other locale falls back to English, then to it. */
export const SOURCE_LOCALE: Locale = 'vi'
/** Locales whose text must be complete for every entity. */
export const REQUIRED_LOCALES: readonly Locale[] = ['vi', 'en']

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens')

/** [longitude, latitude] in WGS 84, the GeoJSON order. */
export const lonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
export type LonLat = z.infer<typeof lonLatSchema>

/** A short text in every locale (labels, names on the map). vi and en are required. */
export const localizedSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
  ko: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
  ja: z.string().min(1).optional(),
})
export type Localized = z.infer<typeof localizedSchema>

const isoDate = z.iso.date('a date is written YYYY-MM-DD, e.g. 2026-05-01')
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM on the 24-hour clock, e.g. 08:30')
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb, e.g. #c0392b')

/**
 * An address the app renders as a link (`href`). `z.url()` alone accepts any
 * scheme, `javascript:` included; this applies the app's own rule
 * (src/domain/safe-url.ts), which the components apply again when they render.
 * The JSON Schema gets `format` and a `pattern` for the scheme so editors see
 * the mistake as they type; the check itself is the helper's.
 */
function linkSchema(schemes: readonly LinkScheme[]) {
  const starts = describeSchemes(schemes)
  return z
    .string()
    .refine((value) => isSafeHref(value, schemes), {
      error: (issue) =>
        `${quoted(issue.input)} is not a link the guide can show: only full addresses starting with ${starts} ` +
        'are allowed (others, such as javascript:, could run code in the guide)',
      // Read by src/content/build/zod-issues.ts; a custom rule has no hint of its own.
      params: { hint: `write the full address, starting with ${describeSchemes(schemes.slice(0, 1))}` },
    })
    .meta({ format: 'uri', pattern: schemePattern(schemes) })
}

/** `^(?:[Hh][Tt][Tt][Pp][Ss]://|[Hh][Tt][Tt][Pp]://)`: JSON Schema patterns have no flags, so case is spelled out. */
function schemePattern(schemes: readonly LinkScheme[]): string {
  const anyCase = (text: string) => [...text].map((c) => `[${c.toUpperCase()}${c}]`).join('')
  const starts = schemes.map((s) => anyCase(s) + (s === 'http' || s === 'https' ? '://' : ':'))
  return `^(?:${starts.join('|')})`
}

function quoted(value: unknown): string {
  const text = String(value)
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)
}

const webLink = linkSchema(WEB_SCHEMES)

// ---------------------------------------------------------------- site.yaml

export const creditSchema = z.strictObject({
  name: z.string().min(1),
  licence: z.string().min(1),
  url: webLink.optional(),
  /** What the source is used for, e.g. "coastline and rivers". */
  usage: z.string().min(1),
})

export const siteSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  tagline: localizedSchema,
  locales: z.array(localeSchema).min(1),
  timeZone: z.string().min(1),
  currency: z.string().length(3),
  /** Country code used for public holidays in opening hours, e.g. "vn". */
  country: z.string().length(2),
  map: z.strictObject({
    center: lonLatSchema,
    zoom: z.number().min(0).max(22),
    /** [[west, south], [east, north]]: every place must lie inside. */
    bounds: z.tuple([lonLatSchema, lonLatSchema]),
    /** The offline basemap: a PMTiles archive in the content folder, e.g. basemap/basemap.pmtiles. */
    basemap: z
      .string()
      .regex(
        /^(?:[\w-]+\/)*[\w-][\w.-]*\.pmtiles$/,
        'the basemap is a .pmtiles file inside the content folder, e.g. basemap/basemap.pmtiles',
      )
      .optional(),
  }),
  credits: z.array(creditSchema).min(1),
})
export type Site = z.infer<typeof siteSchema>

// ---------------------------------------------------------- categories.yaml

export const categorySchema = z.strictObject({
  id: idSchema,
  /** Name of an icon in src/components/icons (also used on the map). */
  icon: idSchema,
  colour: hexColour,
  label: localizedSchema,
})
export const categoriesSchema = z.array(categorySchema).min(1)
export type Category = z.infer<typeof categorySchema>

// ----------------------------------------------------------- gazetteer.yaml

export const gazetteerEntrySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['city', 'district', 'ward', 'commune', 'island', 'bay', 'river', 'mountain', 'beach']),
  location: lonLatSchema,
  /** Label priority on the map: 1 is the most important. */
  rank: z.number().int().min(1).max(10),
  name: localizedSchema,
})
export const gazetteerSchema = z.array(gazetteerEntrySchema)
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>

// ------------------------------------------------------- images (any entity)

export const imageSchema = z.strictObject({
  /** A file in the entity's folder. */
  file: z
    .string()
    .regex(
      /^[\w.-]+\.(svg|png|jpe?g|webp|avif)$/i,
      'an image is a file in the same folder: .svg, .png, .jpg, .webp or .avif',
    ),
  credit: z.string().min(1),
  licence: z.string().min(1),
  /** Link to the original, required for photos under a licence that asks for attribution. */
  source: webLink.optional(),
  /** True for drawings that stand in for a photo; the app labels them as illustrations. */
  illustration: z.boolean().default(false),
})
export type Image = z.infer<typeof imageSchema>

// ------------------------------------------------- audio (places/<id>/meta.yaml)

/**
 * Compressed formats browsers play natively (MP3 and M4A everywhere; Ogg, Opus
 * and WebM not on older Safari). WAV and FLAC are too large to download on the go.
 */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'ogg', 'opus', 'webm'] as const

/** A recorded narration of the place's text in one language, played by "Read aloud" instead of speech synthesis. */
export const audioSchema = z.strictObject({
  /** A file in the place's folder. */
  file: z
    .string()
    .regex(
      new RegExp(`^[\\w.-]+\\.(${AUDIO_EXTENSIONS.join('|')})$`, 'i'),
      'a recording is a file in the same folder: .mp3, .m4a, .ogg, .opus or .webm',
    ),
  /** The language spoken; one recording per language. */
  locale: localeSchema,
  credit: z.string().min(1),
  licence: z.string().min(1),
})
// Not `Audio`: that would shadow the browser's Audio constructor where it is imported.
export type PlaceAudio = z.infer<typeof audioSchema>

// ------------------------------------------------------- places/<id>/meta.yaml

export const priceSchema = z.union([
  z.strictObject({ free: z.literal(true) }),
  z.strictObject({
    /** In the site's currency; a single price has only `min`. */
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().optional(),
  }),
])
export type Price = z.infer<typeof priceSchema>

export const placeMetaSchema = z.strictObject({
  category: idSchema,
  location: lonLatSchema,
  /** OpenStreetMap syntax, e.g. "Mo-Su 07:00-17:00; PH off". Leave out when not known. */
  opening_hours: z.string().min(1).optional(),
  price: priceSchema.optional(),
  contact: z
    .strictObject({
      phone: z
        .string()
        .regex(/^\+?[\d ]{6,}$/, 'a phone number in international form, e.g. +84 225 3842 580')
        .optional(),
      website: webLink.optional(),
      email: z.email().optional(),
    })
    .optional(),
  images: z.array(imageSchema).default([]),
  /** Narrations, at most one per locale of site.yaml. */
  audio: z.array(audioSchema).default([]),
  accessibility: z
    .strictObject({
      wheelchair: z.enum(['yes', 'limited', 'no']).optional(),
    })
    .optional(),
  /** Free-form tags used by filters, e.g. free, family, unesco, night. */
  tags: z.array(idSchema).default([]),
  /** Shown on the home page. */
  featured: z.boolean().default(false),
  /** The OpenStreetMap object this place is, e.g. "way/123456". */
  osm: z
    .string()
    .regex(/^(node|way|relation)\/\d+$/)
    .optional(),
})
export type PlaceMeta = z.infer<typeof placeMetaSchema>

// -------------------------------------------------- itineraries/<id>/meta.yaml

export const travelModeSchema = z.enum(['walk', 'bike', 'boat', 'drive'])
export type TravelMode = z.infer<typeof travelModeSchema>

export const itineraryMetaSchema = z.strictObject({
  mode: travelModeSchema,
  days: z.number().int().min(1).default(1),
  stops: z
    .array(
      z.strictObject({
        place: idSchema,
        /** Suggested time at the stop. */
        minutes: z.number().int().positive(),
        /** Day of the itinerary this stop belongs to (multi-day itineraries). */
        day: z.number().int().min(1).default(1),
      }),
    )
    .min(2),
  /** Optional GeoJSON LineString file in the same folder; else stops are joined by straight lines. */
  route: z
    .string()
    .regex(/\.geojson$/)
    .optional(),
  images: z.array(imageSchema).default([]),
  tags: z.array(idSchema).default([]),
  featured: z.boolean().default(false),
})
export type ItineraryMeta = z.infer<typeof itineraryMetaSchema>

// ------------------------------------------------------- events/<id>/meta.yaml

const timesSchema = z.strictObject({ start: localTime, end: localTime.optional() })

/** How an event recurs. Dates and times are local to the site's time zone. */
export const eventScheduleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('dates'),
    dates: z.array(z.strictObject({ start: isoDate, end: isoDate.optional() })).min(1),
  }),
  z.strictObject({
    type: z.literal('solar'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    /** Length in days, counting the first. */
    duration: z.number().int().min(1).default(1),
  }),
  z.strictObject({
    type: z.literal('lunar'),
    /** Month and day of the Vietnamese lunar calendar (UTC+7). */
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(30),
    leap: z.boolean().default(false),
    duration: z.number().int().min(1).default(1),
  }),
])
export type EventSchedule = z.infer<typeof eventScheduleSchema>

export const eventMetaSchema = z
  .strictObject({
    /** A place id; or give `location` for a venue that is not a place. */
    venue: idSchema.optional(),
    location: lonLatSchema.optional(),
    schedule: eventScheduleSchema,
    /** Daily times; leave out for all-day events. */
    times: timesSchema.optional(),
    /** First year a yearly rule applies. */
    since: z.number().int().min(1900).max(2100).optional(),
    /** Last year a yearly rule applies. */
    until: z.number().int().min(1900).max(2100).optional(),
    /** Per-year changes to a yearly rule: moved dates or a cancelled year. */
    overrides: z
      .array(
        z.union([
          z.strictObject({ year: z.number().int(), start: isoDate, end: isoDate.optional() }),
          z.strictObject({ year: z.number().int(), cancelled: z.literal(true) }),
        ]),
      )
      .default([]),
    images: z.array(imageSchema).default([]),
    tags: z.array(idSchema).default([]),
    featured: z.boolean().default(false),
  })
  .refine((e) => e.venue !== undefined || e.location !== undefined, {
    message: 'an event needs a `venue` (a place id) or a `location` [lon, lat]',
    path: ['venue'],
  })
export type EventMeta = z.infer<typeof eventMetaSchema>

// ------------------------------------------ front matter of <locale>.md files

export const placeTextSchema = z.strictObject({
  name: z.string().min(1),
  summary: z.string().min(1).max(300),
  address: z.string().min(1).optional(),
  /** Alt text for each image in meta.yaml, in the same order. */
  image_alt: z.array(z.string().min(1)).default([]),
})
export type PlaceText = z.infer<typeof placeTextSchema>

export const itineraryTextSchema = z.strictObject({
  name: z.string().min(1),
  summary: z.string().min(1).max(300),
  image_alt: z.array(z.string().min(1)).default([]),
  /** One short note per stop, in the order of meta.yaml's stops (optional). */
  stop_notes: z.array(z.string()).default([]),
})
export type ItineraryText = z.infer<typeof itineraryTextSchema>

export const eventTextSchema = z.strictObject({
  name: z.string().min(1),
  summary: z.string().min(1).max(300),
  image_alt: z.array(z.string().min(1)).default([]),
  /** Where, in words, when the venue is not a place. */
  venue_name: z.string().min(1).optional(),
})
export type EventText = z.infer<typeof eventTextSchema>

export const ENTITY_KINDS = ['places', 'itineraries', 'events'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

export const metaSchemas = {
  places: placeMetaSchema,
  itineraries: itineraryMetaSchema,
  events: eventMetaSchema,
} as const

export const textSchemas = {
  places: placeTextSchema,
  itineraries: itineraryTextSchema,
  events: eventTextSchema,
} as const

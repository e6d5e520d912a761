/**
 * Rules that span files: ids that must exist, places inside the map, image
 * and route files, one text per required locale. Runs after ./loader.ts.
 */
import { REQUIRED_LOCALES, type LonLat, type Site } from '../schema.ts'
import { checkOpeningHours } from './opening-hours.ts'
import type { ProblemList } from './problems.ts'
import type { SourceFiles } from './source-files.ts'
import type { Entity, LoadedContent, YamlFile } from './types.ts'
import { closest } from './suggest.ts'
import { fieldName, type FieldPath } from './yaml-source.ts'

export async function checkReferences(
  content: LoadedContent,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  const site = content.site.data
  const at = (yaml: YamlFile<unknown>, path: FieldPath) => ({
    file: yaml.file,
    line: yaml.source.lineOf(path),
    field: fieldName(path),
  })
  const placeIds = new Set(content.entities.places.map((p) => p.id))
  const categoryIds = new Set((content.categories.data ?? []).map((c) => c.id))

  if (site) checkSite(content.site as YamlFile<Site>, problems)
  checkUnique(content.categories.data ?? [], content.categories, 'category', problems)
  checkUnique(content.gazetteer.data ?? [], content.gazetteer, 'gazetteer entry', problems)
  content.gazetteer.data?.forEach((entry, i) =>
    checkInBounds(entry.location, site, at(content.gazetteer, [i, 'location']), problems),
  )

  for (const place of content.entities.places) {
    const meta = place.meta.data
    if (!meta) continue
    if (content.categories.data && !categoryIds.has(meta.category)) {
      problems.error({
        ...at(place.meta, ['category']),
        message: `"${meta.category}" is not a category`,
        hint: closestHint(
          meta.category,
          categoryIds,
          `use one of the ids in categories.yaml: ${[...categoryIds].join(', ')}`,
        ),
      })
    }
    checkInBounds(meta.location, site, at(place.meta, ['location']), problems)
    if (meta.opening_hours !== undefined && site) {
      const result = checkOpeningHours(meta.opening_hours, meta.location, site.country)
      const where = at(place.meta, ['opening_hours'])
      if (result.error) {
        problems.error({ ...where, message: `is not valid OpenStreetMap syntax: ${result.error}`, hint: OH_HINT })
      } else if (result.warnings.length > 0) {
        problems.warn({
          ...where,
          message: result.warnings.join(' '),
          hint: result.suggestion ? `write it as "${result.suggestion}"` : OH_HINT,
        })
      }
    }
    if (meta.price && 'max' in meta.price && meta.price.max !== undefined && meta.price.max < meta.price.min) {
      problems.error({
        ...at(place.meta, ['price', 'max']),
        message: 'is less than `min`',
        hint: 'swap the two numbers',
      })
    }
  }

  for (const itinerary of content.entities.itineraries) {
    const meta = itinerary.meta.data
    if (!meta) continue
    meta.stops.forEach((stop, i) => {
      if (!placeIds.has(stop.place)) {
        problems.error({
          ...at(itinerary.meta, ['stops', i, 'place']),
          message: `"${stop.place}" is not a place`,
          hint: closestHint(stop.place, placeIds, PLACE_ID_HINT),
        })
      }
      if (stop.day > meta.days) {
        problems.error({
          ...at(itinerary.meta, ['stops', i, 'day']),
          message: `is day ${stop.day} of an itinerary that lasts ${meta.days} day${meta.days === 1 ? '' : 's'}`,
          hint: 'raise `days` or fix the stop’s `day`',
        })
      }
    })
    if (meta.route !== undefined) await checkRoute(itinerary, meta.route, files, problems)
  }

  for (const event of content.entities.events) {
    const meta = event.meta.data
    if (!meta) continue
    if (meta.venue !== undefined && !placeIds.has(meta.venue)) {
      problems.error({
        ...at(event.meta, ['venue']),
        message: `"${meta.venue}" is not a place`,
        hint: closestHint(meta.venue, placeIds, PLACE_ID_HINT),
      })
    }
    if (meta.location) checkInBounds(meta.location, site, at(event.meta, ['location']), problems)
    if (meta.schedule.type === 'dates') {
      meta.schedule.dates.forEach((range, i) => {
        if (range.end !== undefined && range.end < range.start) {
          problems.error({
            ...at(event.meta, ['schedule', 'dates', i, 'end']),
            message: 'is before `start`',
            hint: 'the end date is the last day of the event',
          })
        }
      })
    }
    if (meta.since !== undefined && meta.until !== undefined && meta.until < meta.since) {
      problems.error({ ...at(event.meta, ['until']), message: 'is before `since`', hint: 'swap the two years' })
    }
  }

  const all: Entity[] = [...content.entities.places, ...content.entities.itineraries, ...content.entities.events]
  await Promise.all(all.map((entity) => checkEntityFiles(entity, files, problems)))
}

const OH_HINT = 'see https://wiki.openstreetmap.org/wiki/Key:opening_hours, e.g. "Mo-Su 07:00-17:00; PH off"'

function checkSite(site: YamlFile<Site>, problems: ProblemList): void {
  const data = site.data!
  const at = (path: FieldPath) => ({ file: site.file, line: site.source.lineOf(path), field: fieldName(path) })
  for (const locale of REQUIRED_LOCALES) {
    if (!data.locales.includes(locale)) {
      problems.error({
        ...at(['locales']),
        message: `must include "${locale}"`,
        hint: 'Vietnamese and English are always offered',
      })
    }
  }
  data.locales.forEach((locale, i) => {
    if (data.locales.indexOf(locale) !== i)
      problems.error({ ...at(['locales', i]), message: `"${locale}" is listed twice`, hint: 'delete one' })
  })
  const [[west, south], [east, north]] = data.map.bounds
  if (west >= east || south >= north) {
    problems.error({
      ...at(['map', 'bounds']),
      message: 'is not [[west, south], [east, north]]',
      hint: 'the first corner is the south-west one; each corner is [longitude, latitude]',
    })
    return
  }
  checkInBounds(data.map.center, data, at(['map', 'center']), problems)
}

function checkUnique(
  items: readonly { id: string }[],
  yaml: YamlFile<unknown>,
  noun: string,
  problems: ProblemList,
): void {
  const seen = new Map<string, number>()
  items.forEach((item, i) => {
    const first = seen.get(item.id)
    if (first === undefined) {
      seen.set(item.id, i)
      return
    }
    problems.error({
      file: yaml.file,
      line: yaml.source.lineOf([i, 'id']),
      field: fieldName([i, 'id']),
      message: `the ${noun} id "${item.id}" is used twice`,
      hint: `ids must be unique; the first one is on line ${yaml.source.lineOf([first, 'id'])}`,
    })
  })
}

type Where = { file: string; line: number; field: string }

function checkInBounds(point: LonLat, site: Site | undefined, where: Where, problems: ProblemList): void {
  if (!site) return
  if (inBounds(point, site)) return
  const swapped: LonLat = [point[1], point[0]]
  problems.error({
    ...where,
    message: `[${point.join(', ')}] lies outside the site's bounds`,
    hint: inBounds(swapped, site)
      ? `it looks like [latitude, longitude]; write [${swapped.join(', ')}] — longitude first`
      : 'check the order is [longitude, latitude]; bounds are in site.yaml map.bounds',
  })
}

function inBounds([lon, lat]: LonLat, site: Site): boolean {
  const [[west, south], [east, north]] = site.map.bounds
  return lon >= west && lon <= east && lat >= south && lat <= north
}

async function checkEntityFiles(entity: Entity, files: SourceFiles, problems: ProblemList): Promise<void> {
  for (const locale of REQUIRED_LOCALES) {
    if (!entity.files.has(`${locale}.md`)) {
      problems.error({
        file: `${entity.folder}/${locale}.md`,
        message: `the ${locale === 'vi' ? 'Vietnamese' : 'English'} text is missing`,
        hint: 'every entry needs vi.md and en.md; copy the other one and translate it',
      })
    }
  }
  const meta = entity.meta.data
  if (!meta) return
  const used = new Set(['meta.yaml', ...Object.keys(entity.texts).map((l) => `${l}.md`)])
  await Promise.all(
    meta.images.map(async (image, i) => {
      used.add(image.file)
      if (!entity.files.has(image.file) || !(await files.binary(`${entity.folder}/${image.file}`))) {
        problems.error({
          file: entity.meta.file,
          line: entity.meta.source.lineOf(['images', i, 'file']),
          field: fieldName(['images', i, 'file']),
          message: `"${image.file}" is not in ${entity.folder}/`,
          hint: 'put the image file next to meta.yaml, or fix the file name (it is case-sensitive)',
        })
      }
    }),
  )
  if ('route' in meta && typeof meta.route === 'string') used.add(meta.route)

  for (const text of Object.values(entity.texts)) {
    if (text.data && text.bodyHtml === '' && REQUIRED_LOCALES.includes(text.locale)) {
      problems.warn({
        file: text.file,
        field: 'body',
        message: 'has no description below the front matter',
        hint: 'write a few paragraphs after the closing `---`; readers see only the summary until then',
      })
    }
    if (
      'venue' in meta &&
      meta.venue === undefined &&
      text.data &&
      !text.written.has('venue_name') &&
      REQUIRED_LOCALES.includes(text.locale)
    ) {
      problems.warn({
        file: text.file,
        line: 1,
        field: 'venue_name',
        message: 'is missing, and the event has no `venue` place to name',
        hint: 'add `venue_name:` with where the event happens, in words',
      })
    }
    const alt = text.data?.image_alt
    if (alt && text.written.has('image_alt') && alt.length !== meta.images.length) {
      problems.error({
        file: text.file,
        line: text.source.lineOf(['image_alt']),
        field: 'image_alt',
        message: `has ${alt.length} text${alt.length === 1 ? '' : 's'} for ${meta.images.length} image${meta.images.length === 1 ? '' : 's'}`,
        hint: 'write one alt text per image in meta.yaml, in the same order',
      })
    }
    const notes = text.data && 'stop_notes' in text.data ? text.data.stop_notes : undefined
    if (notes && 'stops' in meta && notes.length > meta.stops.length) {
      problems.error({
        file: text.file,
        line: text.source.lineOf(['stop_notes', meta.stops.length]),
        field: `stop_notes[${meta.stops.length}]`,
        message: `there are ${notes.length} notes for ${meta.stops.length} stops`,
        hint: 'one note per stop in meta.yaml, in the same order',
      })
    }
  }
  for (const name of entity.files) {
    if (!used.has(name) && !name.endsWith('.md')) {
      problems.warn({
        file: `${entity.folder}/${name}`,
        message: 'is not used by meta.yaml',
        hint: 'list it under `images:` (with credit and licence) or delete it',
      })
    }
  }
}

async function checkRoute(
  entity: Entity<'itineraries'>,
  route: string,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  const where = { file: entity.meta.file, line: entity.meta.source.lineOf(['route']), field: 'route' }
  const text = await files.text(`${entity.folder}/${route}`)
  if (text === undefined) {
    problems.error({
      ...where,
      message: `"${route}" is not in ${entity.folder}/`,
      hint: 'put the GeoJSON file next to meta.yaml or remove `route`',
    })
    return
  }
  let geometry: unknown
  try {
    const json = JSON.parse(text) as { type?: string; geometry?: unknown }
    geometry = json.type === 'Feature' ? json.geometry : json
  } catch (error) {
    problems.error({
      ...where,
      message: `"${route}" is not valid JSON: ${(error as Error).message}`,
      hint: 'export the route again as GeoJSON',
    })
    return
  }
  const type = (geometry as { type?: unknown } | null)?.type
  if (type !== 'LineString' && type !== 'MultiLineString') {
    problems.error({
      ...where,
      message: `"${route}" is not a LineString`,
      hint: 'the route file holds one GeoJSON LineString (or a Feature with one)',
    })
  }
}

const PLACE_ID_HINT = 'use the folder name of a place in places/'

function closestHint(id: string, ids: ReadonlySet<string>, otherwise: string): string {
  const suggestion = closest(id, ids) ?? [...ids].find((candidate) => candidate.includes(id) || id.includes(candidate))
  return suggestion ? `did you mean "${suggestion}"?` : otherwise
}

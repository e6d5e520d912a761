/** An itinerary's stops name real places on real days, and its route file is a GeoJSON line. */
import type { ProblemList } from './problems.ts'
import { closestHint, PLACE_ID_HINT } from './references-ids.ts'
import { whereIn } from './references-where.ts'
import type { SourceFiles } from './source-files.ts'
import type { Entity } from './types.ts'

export async function checkItinerary(
  itinerary: Entity<'itineraries'>,
  placeIds: ReadonlySet<string>,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  const meta = itinerary.meta.data
  if (!meta) return
  meta.stops.forEach((stop, i) => {
    if (!placeIds.has(stop.place)) {
      problems.error({
        ...whereIn(itinerary.meta, ['stops', i, 'place']),
        message: `"${stop.place}" is not a place`,
        hint: closestHint(stop.place, placeIds, PLACE_ID_HINT),
      })
    }
    if (stop.day > meta.days) {
      problems.error({
        ...whereIn(itinerary.meta, ['stops', i, 'day']),
        message: `is day ${stop.day} of an itinerary that lasts ${meta.days} day${meta.days === 1 ? '' : 's'}`,
        hint: 'raise `days` or fix the stop’s `day`',
      })
    }
  })
  if (meta.route !== undefined) await checkRoute(itinerary, meta.route, files, problems)
}

async function checkRoute(
  entity: Entity<'itineraries'>,
  route: string,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  const where = whereIn(entity.meta, ['route'])
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

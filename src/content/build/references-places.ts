/** A place's category exists, it lies on the map, its opening hours parse and its price range is ordered. */
import { parseOpeningHours } from '../../domain/opening-hours.ts'
import type { Site } from '../schema.ts'
import { checkOpeningHours } from './opening-hours.ts'
import type { ProblemList } from './problems.ts'
import { checkInBounds } from './references-bounds.ts'
import { closestHint } from './references-ids.ts'
import { whereIn } from './references-where.ts'
import type { Entity } from './types.ts'

const OH_HINT = 'see https://wiki.openstreetmap.org/wiki/Key:opening_hours, e.g. "Mo-Su 07:00-17:00; PH off"'
const SUBSET_HINT = 'if the place really keeps such hours, leave `opening_hours` out and describe them in the text'

/** `categoryIds` is undefined when categories.yaml could not be read: its own problem is reported already. */
export function checkPlace(
  place: Entity<'places'>,
  site: Site | undefined,
  categoryIds: ReadonlySet<string> | undefined,
  problems: ProblemList,
): void {
  const meta = place.meta.data
  if (!meta) return
  if (categoryIds && !categoryIds.has(meta.category)) {
    problems.error({
      ...whereIn(place.meta, ['category']),
      message: `"${meta.category}" is not a category`,
      hint: closestHint(
        meta.category,
        categoryIds,
        `use one of the ids in categories.yaml: ${[...categoryIds].join(', ')}`,
      ),
    })
  }
  checkInBounds(meta.location, site, whereIn(place.meta, ['location']), problems)
  if (meta.opening_hours !== undefined && site) {
    const result = checkOpeningHours(meta.opening_hours, meta.location, site.country)
    const where = whereIn(place.meta, ['opening_hours'])
    // The browser has its own small parser (src/domain/opening-hours.ts): valid OSM it cannot read is an error too.
    const subset = result.error ? undefined : parseOpeningHours(meta.opening_hours)
    if (result.error) {
      problems.error({ ...where, message: `is not valid OpenStreetMap syntax: ${result.error}`, hint: OH_HINT })
    } else if (subset && 'error' in subset) {
      const canonical = result.suggestion && 'schedule' in parseOpeningHours(result.suggestion)
      problems.error({
        ...where,
        message: `cannot be evaluated by the app: ${subset.error}`,
        hint: canonical ? `write it as "${result.suggestion}"` : SUBSET_HINT,
      })
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
      ...whereIn(place.meta, ['price', 'max']),
      message: 'is less than `min`',
      hint: 'swap the two numbers',
    })
  }
}

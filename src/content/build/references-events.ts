/** An event's venue is a place, its location lies on the map, and its dates and years run forwards. */
import type { Site } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import { checkInBounds } from './references-bounds.ts'
import { closestHint, PLACE_ID_HINT } from './references-ids.ts'
import { whereIn } from './references-where.ts'
import type { Entity } from './types.ts'

export function checkEvent(
  event: Entity<'events'>,
  site: Site | undefined,
  placeIds: ReadonlySet<string>,
  problems: ProblemList,
): void {
  const meta = event.meta.data
  if (!meta) return
  if (meta.venue !== undefined && !placeIds.has(meta.venue)) {
    problems.error({
      ...whereIn(event.meta, ['venue']),
      message: `"${meta.venue}" is not a place`,
      hint: closestHint(meta.venue, placeIds, PLACE_ID_HINT),
    })
  }
  if (meta.location) checkInBounds(meta.location, site, whereIn(event.meta, ['location']), problems)
  if (meta.schedule.type === 'dates') {
    meta.schedule.dates.forEach((range, i) => {
      if (range.end !== undefined && range.end < range.start) {
        problems.error({
          ...whereIn(event.meta, ['schedule', 'dates', i, 'end']),
          message: 'is before `start`',
          hint: 'the end date is the last day of the event',
        })
      }
    })
  }
  if (meta.since !== undefined && meta.until !== undefined && meta.until < meta.since) {
    problems.error({ ...whereIn(event.meta, ['until']), message: 'is before `since`', hint: 'swap the two years' })
  }
}

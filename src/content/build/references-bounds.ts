/** Every position must lie inside the site's map bounds; a swapped pair is the usual mistake. */
import type { LonLat, Site } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import type { Where } from './references-where.ts'

/** Does nothing without a valid site.yaml: there are no bounds to check against. */
export function checkInBounds(point: LonLat, site: Site | undefined, where: Where, problems: ProblemList): void {
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

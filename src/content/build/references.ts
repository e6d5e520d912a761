/**
 * Rules that span files: ids that must exist, places inside the map, image,
 * audio and route files, one text per required locale. Runs after ./loader.ts.
 * Each family of rules lives in its own references-*.ts file; this one runs
 * them in a fixed order, so problems come out in the same order every time.
 */
import type { Site } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import { checkAudio } from './references-audio.ts'
import { checkInBounds } from './references-bounds.ts'
import { checkEvent } from './references-events.ts'
import { checkEntityFiles } from './references-files.ts'
import { checkUnique } from './references-ids.ts'
import { checkItinerary } from './references-itineraries.ts'
import { checkPlace } from './references-places.ts'
import { checkBasemap, checkSite } from './references-site.ts'
import { whereIn } from './references-where.ts'
import type { SourceFiles } from './source-files.ts'
import type { Entity, LoadedContent, YamlFile } from './types.ts'

export async function checkReferences(
  content: LoadedContent,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  const site = content.site.data
  const placeIds = new Set(content.entities.places.map((p) => p.id))
  // Without a readable categories.yaml there is nothing to check categories against.
  const categoryIds = content.categories.data ? new Set(content.categories.data.map((c) => c.id)) : undefined

  if (site) checkSite(content.site as YamlFile<Site>, problems)
  if (site?.map.basemap !== undefined) await checkBasemap(content.site as YamlFile<Site>, files, problems)
  checkUnique(content.categories.data ?? [], content.categories, 'category', problems)
  checkUnique(content.gazetteer.data ?? [], content.gazetteer, 'gazetteer entry', problems)
  content.gazetteer.data?.forEach((entry, i) =>
    checkInBounds(entry.location, site, whereIn(content.gazetteer, [i, 'location']), problems),
  )

  for (const place of content.entities.places) checkPlace(place, site, categoryIds, problems)
  await Promise.all(content.entities.places.map((place) => checkAudio(place, site, files, problems)))
  // One at a time, so each itinerary's problems (its route file is read) come before the next one's.
  for (const itinerary of content.entities.itineraries) await checkItinerary(itinerary, placeIds, files, problems)
  for (const event of content.entities.events) checkEvent(event, site, placeIds, problems)

  const all: Entity[] = [...content.entities.places, ...content.entities.itineraries, ...content.entities.events]
  await Promise.all(all.map((entity) => checkEntityFiles(entity, files, problems)))
}

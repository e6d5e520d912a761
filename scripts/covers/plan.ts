/** Reads a content folder and lists the cover each place, itinerary and event gets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { categoryStyles, eventStyle, itineraryStyle, placeStyle, type Style } from './styles.ts'

export interface Job extends Style {
  /** The entity's folder, where cover.svg goes. */
  dir: string
  /** `places/<id>` etc.: seeds the scene, so it stays the same when the content folder moves. */
  key: string
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'))
}

/** Entity folders (those with a meta.yaml), sorted so the plan does not depend on the file system's order. */
function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'meta.yaml')))
    .map((e) => e.name)
    .sort()
}

/** Places come first: itineraries take their look from their stops. */
export function planCovers(contentDir: string): Job[] {
  const byCategory = categoryStyles(readYaml(join(contentDir, 'categories.yaml')))
  const styleOfPlace = new Map<string, Style>()
  const jobs: Job[] = []

  const placesDir = join(contentDir, 'places')
  for (const id of subdirs(placesDir)) {
    const style = placeStyle(readYaml(join(placesDir, id, 'meta.yaml')), byCategory)
    styleOfPlace.set(id, style)
    jobs.push({ dir: join(placesDir, id), key: `places/${id}`, ...style })
  }

  const itinerariesDir = join(contentDir, 'itineraries')
  for (const id of subdirs(itinerariesDir)) {
    const style = itineraryStyle(readYaml(join(itinerariesDir, id, 'meta.yaml')), styleOfPlace)
    jobs.push({ dir: join(itinerariesDir, id), key: `itineraries/${id}`, ...style })
  }

  const eventsDir = join(contentDir, 'events')
  for (const id of subdirs(eventsDir)) {
    const style = eventStyle(readYaml(join(eventsDir, id, 'meta.yaml')))
    jobs.push({ dir: join(eventsDir, id), key: `events/${id}`, ...style })
  }
  return jobs
}

/**
 * What the tests visit, discovered from the bundled content rather than
 * hard-coded: locales from content/site.yaml, entity ids from folder names,
 * the expected heading from each entity's front matter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url))

export type Kind = 'places' | 'itineraries' | 'events'
export const KINDS: readonly Kind[] = ['places', 'itineraries', 'events']

/** The locales the site is published in, in site.yaml's order. */
export function siteLocales(): string[] {
  const site = parse(readFileSync(`${CONTENT}site.yaml`, 'utf8')) as { locales?: unknown }
  if (!Array.isArray(site.locales) || site.locales.length === 0) {
    throw new Error('content/site.yaml has no `locales` list; run `npm run content:check` to see why.')
  }
  return site.locales.map(String)
}

/** Ids of one kind of entity: the folders that hold a meta.yaml, sorted. */
export function entityIds(kind: Kind): string[] {
  const dir = `${CONTENT}${kind}`
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/meta.yaml`))
    .map((entry) => entry.name)
    .sort()
}

/** The first id of a kind, or a clear error when the bundled content has none. */
export function firstId(kind: Kind): string {
  const [id] = entityIds(kind)
  if (id === undefined) throw new Error(`content/${kind}/ holds no entity (a folder with meta.yaml) to test with.`)
  return id
}

function frontMatterName(file: string): string | undefined {
  if (!existsSync(file)) return undefined
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))
  const data = match?.[1] ? (parse(match[1]) as { name?: unknown } | null) : null
  return typeof data?.name === 'string' ? data.name : undefined
}

/**
 * The name the app should show for an entity in a locale: its own text, else
 * English, else Vietnamese (the content model's fallback order), in NFC.
 */
export function entityName(kind: Kind, id: string, locale: string): string {
  for (const candidate of [locale, 'en', 'vi']) {
    const name = frontMatterName(`${CONTENT}${kind}/${id}/${candidate}.md`)
    if (name) return name.normalize('NFC').trim()
  }
  throw new Error(`content/${kind}/${id}/ has no name in ${locale}, en or vi.`)
}

/** A place's [longitude, latitude], from its meta.yaml. */
export function placeLocation(id: string): [number, number] {
  const meta = parse(readFileSync(`${CONTENT}places/${id}/meta.yaml`, 'utf8')) as { location?: unknown }
  const location = meta.location
  if (!Array.isArray(location) || location.length !== 2 || !location.every((n) => typeof n === 'number')) {
    throw new Error(`content/places/${id}/meta.yaml has no \`location: [longitude, latitude]\`.`)
  }
  return [location[0] as number, location[1] as number]
}

/**
 * JSON Schemas for editors' editors, generated from the zod schemas so a rule
 * is written once. `meta.yaml` and the root YAML files point at them on their
 * first line; `npm run content:schema` rewrites them.
 */
import { z } from 'zod'
import {
  categoriesSchema,
  eventMetaSchema,
  gazetteerSchema,
  itineraryMetaSchema,
  placeMetaSchema,
  siteSchema,
} from '../schema.ts'
import type { SCHEMA_NAMES } from './loader.ts'

const SCHEMAS: Record<(typeof SCHEMA_NAMES)[keyof typeof SCHEMA_NAMES], { schema: z.ZodType; title: string }> = {
  site: { schema: siteSchema, title: 'site.yaml: the guide as a whole' },
  categories: { schema: categoriesSchema, title: 'categories.yaml: place categories' },
  gazetteer: { schema: gazetteerSchema, title: 'gazetteer.yaml: basemap labels' },
  place: { schema: placeMetaSchema, title: 'places/<id>/meta.yaml' },
  itinerary: { schema: itineraryMetaSchema, title: 'itineraries/<id>/meta.yaml' },
  event: { schema: eventMetaSchema, title: 'events/<id>/meta.yaml' },
}

/** File name (e.g. `place.schema.json`) → file text. */
export function generateJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>()
  for (const [name, { schema, title }] of Object.entries(SCHEMAS)) {
    // `input`: fields with defaults are optional to editors. Draft 7 is what
    // the YAML language server understands best.
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' })
    const withTitle = {
      ...json,
      title,
      description: 'Generated from src/content/schema.ts by `npm run content:schema`; do not edit.',
    }
    files.set(`${name}.schema.json`, `${JSON.stringify(withTitle, null, 2)}\n`)
  }
  return files
}

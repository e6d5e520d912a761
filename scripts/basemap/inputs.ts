/**
 * The two content files the basemap depends on: site.yaml (the pannable
 * area and the opening view) and gazetteer.yaml (the labels). Both are
 * validated with the content schemas, so a typo fails here with the file
 * and field rather than as a missing label on the map.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { z } from 'zod'
import { gazetteerSchema, siteSchema, type GazetteerEntry, type Site } from '../../src/content/schema.ts'

function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let data: unknown
  try {
    data = parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new Error(`${file}: cannot be read as YAML (${(cause as Error).message}).`, { cause })
  }
  const result = schema.safeParse(data)
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n')
    throw new Error(`${file} is not valid:\n${issues}\nRun \`npm run content:check\` for lines and hints.`)
  }
  return result.data
}

export function readSiteMap(contentDir: string): Site['map'] {
  return readYaml(join(contentDir, 'site.yaml'), siteSchema).map
}

export function readGazetteer(contentDir: string): GazetteerEntry[] {
  return readYaml(join(contentDir, 'gazetteer.yaml'), gazetteerSchema)
}

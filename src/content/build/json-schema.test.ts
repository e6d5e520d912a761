import { readFile, readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { generateJsonSchemas } from './json-schema.ts'

const schemaDir = fileURLToPath(new URL('../../../content/schema/', import.meta.url))

describe('content/schema/*.schema.json', () => {
  const generated = generateJsonSchemas()

  it('are up to date with src/content/schema.ts (run `npm run content:schema` if not)', async () => {
    const committed = (await readdir(schemaDir)).filter((f) => f.endsWith('.schema.json')).sort()
    expect(committed).toEqual([...generated.keys()].sort())
    for (const [name, text] of generated) {
      expect(await readFile(schemaDir + name, 'utf8'), name).toBe(text)
    }
  })

  it('leave fields with defaults optional, as editors may omit them', () => {
    const place = JSON.parse(generated.get('place.schema.json')!) as { required: string[] }
    expect(place.required.sort()).toEqual(['category', 'location'])
  })
})

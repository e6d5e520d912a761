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

  it('tell editors that links are web addresses starting with https:// or http://', () => {
    type Prop = { format?: string; pattern?: string }
    const place = JSON.parse(generated.get('place.schema.json')!)
    const site = JSON.parse(generated.get('site.schema.json')!)
    const links: Prop[] = [
      place.properties.contact.properties.website,
      place.properties.images.items.properties.source,
      JSON.parse(generated.get('itinerary.schema.json')!).properties.images.items.properties.source,
      JSON.parse(generated.get('event.schema.json')!).properties.images.items.properties.source,
      site.properties.credits.items.properties.url,
    ]
    for (const link of links) {
      expect(link.format).toBe('uri')
      // JSON Schema patterns are unanchored and flagless ECMAScript regexes.
      const pattern = new RegExp(link.pattern!, 'u')
      for (const ok of ['https://example.org/a?b#c', 'HTTPS://EXAMPLE.ORG', 'http://x.vn']) expect(ok).toMatch(pattern)
      for (const bad of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'java\tscript:x',
        'data:text/html,x',
        '//evil.example',
        '/relative',
        'mailto:a@b.vn',
        'xhttps://a',
      ]) {
        expect(bad).not.toMatch(pattern)
      }
    }
  })
})

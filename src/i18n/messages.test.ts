import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { UI_LOCALES } from './locales'

/**
 * Every locale has exactly the keys of the source locale (vi) and every
 * placeholder it uses. Read as plain JSON: the app imports these files
 * precompiled, which hides their text.
 */
const dir = fileURLToPath(new URL('./messages/', import.meta.url))
type Tree = { [key: string]: string | Tree }
const read = (locale: string): Tree => JSON.parse(readFileSync(`${dir}${locale}.json`, 'utf8')) as Tree

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('UI messages', () => {
  const source = flatten(read('vi'))

  it('has one file per UI locale', () => {
    expect(readdirSync(dir).sort()).toEqual(UI_LOCALES.map((l) => `${l}.json`).sort())
  })

  it.each(UI_LOCALES.filter((l) => l !== 'vi'))('%s has the same keys and placeholders as vi', (locale) => {
    const messages = flatten(read(locale))
    expect([...messages.keys()].sort()).toEqual([...source.keys()].sort())
    for (const [key, text] of source) {
      // Plural forms ("a | b") may repeat a placeholder; compare the set.
      expect(new Set(placeholders(messages.get(key) ?? '')), `${locale}: ${key}`).toEqual(new Set(placeholders(text)))
    }
  })

  it('uses no characters that vue-i18n would read as syntax', () => {
    for (const locale of UI_LOCALES) {
      for (const [key, text] of flatten(read(locale))) {
        expect(text, `${locale}: ${key}`).not.toMatch(/[@$]/)
      }
    }
  })
})

/**
 * The app's own UI messages (src/i18n/messages/<locale>.json), so tests look
 * for the text a user sees without copying it into the tests.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const MESSAGES = fileURLToPath(new URL('../../../src/i18n/messages/', import.meta.url))

function lookup(locale: string, key: string): string | undefined {
  const file = `${MESSAGES}${locale}.json`
  if (!existsSync(file)) return undefined
  let node: unknown = JSON.parse(readFileSync(file, 'utf8'))
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * A UI message in `locale` (falling back to English, then Vietnamese, as the
 * app does) with `{name}` placeholders filled in.
 */
export function message(locale: string, key: string, values: Record<string, string> = {}): string {
  for (const candidate of [locale, 'en', 'vi']) {
    const text = lookup(candidate, key)
    if (text !== undefined) return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
  }
  throw new Error(`src/i18n/messages has no message "${key}" in ${locale}, en or vi.`)
}

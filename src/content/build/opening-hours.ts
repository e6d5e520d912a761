/**
 * Build-time check of OpenStreetMap `opening_hours` values. The parser is a
 * large library, so it stays here and never reaches the browser bundle.
 */
import OpeningHours from 'opening_hours'
import type { LonLat } from '../schema.ts'

export interface OpeningHoursCheck {
  error?: string
  warnings: string[]
  /** The value in canonical form, offered as a fix when it differs. */
  suggestion?: string
}

export function checkOpeningHours(value: string, location: LonLat, country: string): OpeningHoursCheck {
  // Public holidays (`PH`) depend on the country, so the parser needs the place.
  const nominatim = { lat: location[1], lon: location[0], address: { country_code: country.toLowerCase(), state: '' } }
  try {
    const parsed = new OpeningHours(value, nominatim, {
      mode: 0,
      tag_key: 'opening_hours',
      map_value: false,
      warnings_severity: 4,
      locale: 'en',
    })
    const warnings = parsed.getStructuredWarnings().map((w) => w.message)
    const pretty = parsed.prettifyValue()
    return { warnings, suggestion: pretty !== value ? pretty : undefined }
  } catch (error) {
    return { error: describeParserError(String(error)), warnings: [] }
  }
}

/** The parser reports `<value up to the fault> <--- (explanation)`; keep the first explanation. */
function describeParserError(raw: string): string {
  const match = /^(.*?) <--- \((.*?)\)(?: |$)/.exec(raw)
  if (!match) return raw
  return `${match[2]} (near "${match[1]}")`
}

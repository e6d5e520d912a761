/** Names for files the guide hands to other apps (GPX, iCalendar). */
import { foldText } from './text-fold'

/** Longer names are cut: some phones' file pickers truncate or reject long names. */
const MAX_FILE_NAME = 60

/**
 * A safe ASCII file name: "Chùa Dư Hàng & Đền Nghè", "gpx" → "chua-du-hang-den-nghe.gpx".
 * Names with no Latin letters or digits (e.g. Chinese) fold to nothing and use `fallback`.
 */
export function asciiFileName(name: string, fallback: string, extension: string): string {
  const safe = (text: string) =>
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_FILE_NAME)
      .replace(/^-+|-+$/g, '')
  return `${safe(name) || safe(fallback) || 'file'}.${extension}`
}

/**
 * Saves a text the app made (a GPX file) as a file on the device, with no
 * server: a Blob, an object URL and a click on a temporary `<a download>`.
 * The document, URL and timer are injectable, VueUse-style, so tests need
 * no browser.
 */

export interface DownloadOptions {
  /** Defaults to the global document. */
  document?: Document
  /** Defaults to the global URL (its static object-URL functions). */
  url?: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>
  /** Defaults to the global setTimeout. */
  setTimeout?: (callback: () => void, ms: number) => unknown
}

/**
 * How long the object URL outlives the click. Revoking it at once can cancel
 * the download in Safari and in Firefox, which start reading the Blob after
 * the click returns; FileSaver.js waits as long.
 */
export const REVOKE_AFTER_MS = 40_000

/** Starts the download of `text` as `fileName`; `type` is its MIME type, e.g. application/gpx+xml. */
export function downloadText(text: string, fileName: string, type: string, options: DownloadOptions = {}): void {
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document)
  const url = options.url ?? (typeof URL === 'undefined' ? undefined : URL)
  if (!doc || !url) {
    throw new Error(`Cannot save "${fileName}": this page has no document to start a download from.`)
  }
  const href = url.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = doc.createElement('a')
  link.href = href
  link.download = fileName
  // Some browsers only follow a click on a link that is in the document.
  link.hidden = true
  doc.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    const wait = options.setTimeout ?? ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms))
    wait(() => url.revokeObjectURL(href), REVOKE_AFTER_MS)
  }
}

/**
 * Whether a URL from the content may become a link (`href`). The one rule for
 * the content check, the Markdown renderer and the components, so none of them
 * can drift into accepting what another rejects.
 *
 * The decision is made on what the browser will see, not on the raw text: the
 * WHATWG URL parser (the one behind `new URL`, in browsers and Node alike)
 * strips leading and trailing C0 controls and spaces, deletes every tab and
 * newline and lower-cases the scheme before it picks a scheme, so
 * "\x01JaVa\tScRiPt:alert(1)" is a `javascript:` URL to it. A regex over the
 * raw text has to reimplement all of that; asking the parser does not.
 */

/** The schemes a field may allow; script-running ones (javascript:, data:, vbscript:, …) cannot be named. */
export type LinkScheme = 'https' | 'http' | 'mailto' | 'tel'

/** Links to web pages: photo sources, credits, a place's website. */
export const WEB_SCHEMES: readonly LinkScheme[] = ['https', 'http']
/** Links in the Markdown text, which may also offer to write or call. */
export const TEXT_SCHEMES: readonly LinkScheme[] = ['https', 'http', 'mailto', 'tel']

/**
 * The URL to put in `href`, or undefined when `value` is not an absolute URL
 * with one of `schemes`. Relative and protocol-relative URLs ("/a", "//host")
 * are refused: content links always name their scheme.
 *
 * The result is the parser's serialisation of `value` (e.g. "HTTPS://X.VN" →
 * "https://x.vn/"): exactly what was checked, so nothing downstream can read
 * the text differently.
 */
export function safeHref(value: string | undefined, schemes: readonly LinkScheme[]): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    // No base URL: a relative URL throws instead of resolving against the page.
    url = new URL(value)
  } catch {
    return undefined
  }
  const scheme = url.protocol.slice(0, -1)
  return schemes.some((allowed) => allowed === scheme) ? url.href : undefined
}

export function isSafeHref(value: string | undefined, schemes: readonly LinkScheme[]): boolean {
  return safeHref(value, schemes) !== undefined
}

/** "https:// or http://", "https://, http://, mailto: or tel:": how an address must start, for messages. */
export function describeSchemes(schemes: readonly LinkScheme[]): string {
  const starts = schemes.map((s) => (s === 'https' || s === 'http' ? `${s}://` : `${s}:`))
  return starts.length === 1 ? starts[0]! : `${starts.slice(0, -1).join(', ')} or ${starts.at(-1)!}`
}

/**
 * The HTTP headers the guide is served with: a strict Content-Security-Policy,
 * the other security headers, and caching. The single source for Node-side
 * consumers: `vite preview` (vite.config.ts, so `npm start` runs under the same
 * policy), the `_headers` file the build writes for static hosts that read one
 * (Netlify, Cloudflare Pages, …) and the end-to-end suite's CDN-like server.
 * deploy/nginx.conf spells the same values out for nginx; headers.test.ts
 * checks that it does.
 */

/**
 * Everything from the guide's own origin and nothing else: no inline script or
 * style, no remote host. `data:` and `blob:` images are the map's icons and
 * MapLibre's canvases; `blob:` workers are what MapLibre falls back to.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * For SVG files opened as documents (a new tab, a shared link): no script at
 * all, in a sandbox. Inside `<img>` an SVG is inert anyway; opened directly it
 * would otherwise run in the guide's origin, next to the visitor's saved data.
 * `style-src 'unsafe-inline'` lets a drawing's own `<style>` apply: CSS cannot
 * run script.
 */
export const SVG_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=()',
}

/** Files under /assets/ have a content hash in their name: a new version is a new name. */
export const HASHED_PREFIX = '/assets/'
export const CACHE_HASHED = 'public, max-age=31536000, immutable'
/**
 * Everything else (index.html, sw.js, offline-packs.json, the manifests, icons)
 * is revalidated on every use. sw.js above all: a cached copy would keep the
 * browser from seeing a new version, and a deploy could not reach anyone.
 */
export const CACHE_REVALIDATE = 'no-cache'

/**
 * The `_headers` file. Such hosts apply every rule that matches and join the
 * values of a header set twice with a comma, so Cache-Control is given per
 * path, never on `/*`. For the SVG policy that joining is what is wanted: a
 * comma separates two policies, browsers enforce both, and the stricter wins.
 * `revalidated` lists the files outside /assets/ that must say `no-cache`
 * explicitly (hosts' defaults already revalidate everything else).
 */
export function headersFile(revalidated: readonly string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  return `${[
    '# Written by the build from deploy/headers.ts, for static hosts that read a _headers file.',
    block('/*', SECURITY_HEADERS),
    block(`${HASHED_PREFIX}*`, { 'Cache-Control': CACHE_HASHED }),
    block(`${HASHED_PREFIX}*.svg`, { 'Content-Security-Policy': SVG_CONTENT_SECURITY_POLICY }),
    ...revalidated.map((path) => block(path, { 'Cache-Control': CACHE_REVALIDATE })),
  ].join('\n\n')}\n`
}

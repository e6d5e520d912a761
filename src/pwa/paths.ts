/**
 * Which URLs are pages and which are files. One rule for the service
 * worker's navigation route, the preview server (vite.config.ts) and the
 * test servers, so they cannot disagree about what falls back to the app.
 *
 * Pure: used by the page, the service worker and Node alike.
 */

/** A last path segment with an extension: `/assets/app-1a2b.js`, `/sw.js`, `/robots.txt`. */
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i

/**
 * Whether a pathname names a file rather than a page. Only the pathname
 * counts: a query such as `?q=st.john` or `?month=2026.09` is part of a page's
 * address, not a file name. (App ids are kebab-case, so a page path never has a dot.)
 */
export function isFilePath(pathname: string): boolean {
  return FILE_PATH.test(pathname)
}

/**
 * Options for every read of the guide's own caches, by the page and by the
 * service worker.
 *
 * `ignoreVary`: many servers answer with `Vary: Origin` (vite preview) or
 * `Vary: Accept-Encoding` (nginx with gzip, most CDNs), and Cache Storage
 * honours Vary. A file saved by `fetch()` (no Origin header) then does not
 * match the module `import()` that later asks for it (which sends one), and
 * the guide falls through to a network that is not there. Every cached file
 * has a content hash in its name or a revision in its cache key, so no
 * request header can make two copies of it differ.
 */
export const CACHE_QUERY: Readonly<CacheQueryOptions> = Object.freeze({ ignoreVary: true })

/** Messages between the page and the service worker. */

/** Page → waiting worker: the user accepted the update; take over now. */
export const SKIP_WAITING = 'SKIP_WAITING'

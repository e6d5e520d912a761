/** Messages between the page and the service worker. */

/** Page → waiting worker: the user accepted the update; take over now. */
export const SKIP_WAITING = 'SKIP_WAITING'

/** Page → active worker: how much of the precache is on the device? Answered with an AppFilesStatus. */
export const APP_FILES_STATUS = 'APP_FILES_STATUS'

/** The worker's own files (the precache: app shell, code, map, covers) as found in Cache Storage. */
export interface AppFilesStatus {
  /** Files this version precaches. */
  files: number
  /** Of those, the ones present in the cache right now. */
  savedFiles: number
}

/**
 * The device's position through the Geolocation API, VueUse-style: one
 * options object, the navigator injectable (tests pass a fake), an
 * `isSupported` flag, and the watch cleared when the calling scope ends.
 *
 * Nothing is asked of the browser until `start()`: the permission prompt
 * must follow a user's action ("Show my position"), not a page load.
 */
import { getCurrentScope, onScopeDispose, readonly, ref, shallowRef } from 'vue'

export type GeolocationStatus =
  /** Not started, or stopped. */
  | 'idle'
  /** Started, waiting for the first position. */
  | 'locating'
  /** A position is known and updates as the device moves. */
  | 'watching'
  /** The user (or the browser's settings) refused. */
  | 'denied'
  /** The device could not find its position, or took too long. */
  | 'unavailable'
  /** This browser has no Geolocation API (or the page is not a secure context). */
  | 'unsupported'

export interface PositionFix {
  longitude: number
  latitude: number
  /** Metres (95 % confidence). */
  accuracy: number
  /** When the device measured it, in ms since the epoch. */
  timestamp: number
}

export interface UseGeolocationOptions {
  /** Defaults to the global navigator. */
  navigator?: Pick<Navigator, 'geolocation'>
  enableHighAccuracy?: boolean
  /** How old a cached position may be, in ms. */
  maximumAge?: number
  /** How long to wait for a position, in ms. */
  timeout?: number
}

export function useGeolocation(options: UseGeolocationOptions = {}) {
  const nav = options.navigator ?? (typeof navigator === 'undefined' ? undefined : navigator)
  const geolocation = nav && 'geolocation' in nav ? nav.geolocation : undefined
  const isSupported = geolocation !== undefined
  const position = shallowRef<PositionFix | null>(null)
  const status = ref<GeolocationStatus>('idle')
  let watchId: number | undefined

  function onPosition(fix: GeolocationPosition): void {
    const { longitude, latitude, accuracy } = fix.coords
    position.value = { longitude, latitude, accuracy, timestamp: fix.timestamp }
    status.value = 'watching'
  }

  function onError(error: GeolocationPositionError): void {
    // A later fix may still come for POSITION_UNAVAILABLE and TIMEOUT; a refusal is final.
    status.value = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'
    if (status.value === 'denied') stop()
  }

  function start(): void {
    if (!geolocation) {
      status.value = 'unsupported'
      return
    }
    if (watchId !== undefined) return
    status.value = 'locating'
    watchId = geolocation.watchPosition(onPosition, onError, {
      enableHighAccuracy: options.enableHighAccuracy ?? true,
      maximumAge: options.maximumAge ?? 30_000,
      timeout: options.timeout ?? 27_000,
    })
  }

  function stop(): void {
    if (watchId !== undefined) geolocation?.clearWatch(watchId)
    watchId = undefined
    if (status.value === 'locating' || status.value === 'watching') status.value = 'idle'
  }

  if (getCurrentScope()) onScopeDispose(stop)

  return { isSupported, position: readonly(position), status: readonly(status), start, stop }
}

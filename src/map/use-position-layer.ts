/**
 * "Show my position": the device's position (src/composables/geolocation.ts)
 * as the map's `position` layer. The first fix centres the map on it, unless
 * it lies outside the map's area, which is reported instead.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'
import { computed, ref, watch, type Ref } from 'vue'
import { useGeolocation, type UseGeolocationOptions } from '@/composables/geolocation'
import type { Site } from '@/content/schema'
import { SOURCE } from './ids'
import { isInside, positionToGeoJSON } from './position-geojson'
import { useSourceData } from './use-map-sources'

/** The street-level zoom the map moves to when it first finds the user. */
const POSITION_ZOOM = 15

export function usePositionLayer(
  map: Readonly<Ref<MapLibreMap | null>>,
  bounds: Site['map']['bounds'],
  options: UseGeolocationOptions = {},
) {
  const geo = useGeolocation(options)
  const active = ref(false)
  const outside = ref(false)
  let centred = false

  const shown = computed(() => (active.value ? geo.position.value : null))
  useSourceData(
    map,
    SOURCE.position,
    computed(() => positionToGeoJSON(shown.value)),
  )

  watch(shown, (fix) => {
    if (!fix || centred) return
    centred = true
    outside.value = !isInside(fix, bounds)
    if (!outside.value) {
      const zoom = Math.max(map.value?.getZoom() ?? 0, POSITION_ZOOM)
      map.value?.easeTo({ center: [fix.longitude, fix.latitude], zoom })
    }
  })

  function toggle(): void {
    active.value = !active.value
    centred = false
    outside.value = false
    if (active.value) geo.start()
    else geo.stop()
  }

  return { active, outside, status: geo.status, isSupported: geo.isSupported, toggle }
}

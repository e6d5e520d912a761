/**
 * One map of the guide with the lifetime of the calling component: created
 * when it mounts (MapLibre needs the container in the page), restyled when
 * the theme or language changes, removed with the component.
 *
 * The map is published through a shallowRef, marked raw (Vue must never
 * proxy it), once its style is loaded, so composables that fill its sources
 * (use-map-sources.ts) can rely on them existing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'
import { markRaw, onMounted, onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '@/content/schema'
import { useCatalog } from '@/composables/catalog'
import { createGuideMap, type GuideMap, type InitialCamera } from './create-map'
import { exposeForTests } from './test-hook'
import { useMapTheme } from './use-map-theme'

export type MapStatus = 'loading' | 'ready' | 'error'

export interface UseGuideMapOptions {
  /** Where the map opens; read once, when it is created. */
  camera: () => InitialCamera
  /** For maps embedded in a scrolling page (see CreateMapOptions). */
  cooperativeGestures?: boolean
  /**
   * Create the map only when its container comes near the screen: a map
   * further down a page costs no download, worker or WebGL context until the
   * reader scrolls to it.
   */
  lazy?: boolean
}

/** How close to the screen a lazy map's container must come before the map is created. */
const LAZY_MARGIN = '300px'

export function useGuideMap(container: Readonly<Ref<HTMLElement | null>>, options: UseGuideMapOptions) {
  const { t, locale } = useI18n()
  const { manifest } = useCatalog()
  const theme = useMapTheme()
  const map = shallowRef<MapLibreMap | null>(null)
  const status = ref<MapStatus>('loading')
  /** True when the basemap could not be read: places show on a plain background. */
  const basemapMissing = ref(false)
  let handle: GuideMap | undefined
  let disposed = false
  let stopObserving: (() => void) | undefined

  onMounted(() => {
    const element = container.value
    if (!element) return
    if (!options.lazy || typeof IntersectionObserver === 'undefined') return void create(element)
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        void create(element)
      },
      { rootMargin: LAZY_MARGIN },
    )
    observer.observe(element)
    stopObserving = () => observer.disconnect()
  })

  async function create(element: HTMLElement): Promise<void> {
    try {
      handle = await createGuideMap({
        container: element,
        site: manifest.site,
        categories: manifest.categories,
        locale: locale.value as Locale,
        theme: theme.value,
        camera: options.camera(),
        cooperativeGestures: options.cooperativeGestures ?? false,
        uiStrings: mapUiStrings(t),
      })
    } catch (error) {
      if (disposed) return
      status.value = 'error'
      console.error('The map could not be created:', error)
      return
    }
    const created = handle.map
    if (disposed) return created.remove()
    if (handle.basemapError) {
      basemapMissing.value = true
      console.warn(handle.basemapError.message)
    }
    exposeForTests(element, created)
    created.once('style.load', () => (map.value = markRaw(created)))
    created.once('load', () => (status.value = 'ready'))
  }

  watch([locale, theme], ([nextLocale, nextTheme]) => handle?.restyle(nextLocale as Locale, nextTheme))

  onScopeDispose(() => {
    disposed = true
    stopObserving?.()
    if (container.value) exposeForTests(container.value, undefined)
    map.value = null
    handle?.map.remove()
  })

  return { map, status, basemapMissing }
}

/** MapLibre's control labels in the UI language (its keys, our messages). */
function mapUiStrings(t: ReturnType<typeof useI18n>['t']): Record<string, string> {
  return {
    'Map.Title': t('map.controls.map'),
    'NavigationControl.ZoomIn': t('map.controls.zoomIn'),
    'NavigationControl.ZoomOut': t('map.controls.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.controls.attribution'),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.controls.ctrlScroll'),
    'CooperativeGesturesHandler.MacHelpText': t('map.controls.cmdScroll'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.controls.twoFingers'),
  }
}

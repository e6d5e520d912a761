/**
 * Every page lives under its locale (/vi/…, /ko/…). The locale segment only
 * matches the UI locales, so /fr/places falls through to the not-found page.
 * The home and not-found views are in the main bundle; the others are
 * separate chunks.
 */
import type { RouteRecordRaw } from 'vue-router'
import type { EntityKind } from '@/content/schema'
import { UI_LOCALES } from '@/i18n/locales'
import HomeView from '@/views/HomeView.vue'
import NotFoundView from '@/views/NotFoundView.vue'
import { NOT_FOUND } from './locale-route'

declare module 'vue-router' {
  interface RouteMeta {
    /** The collection whose `:id` the route shows; unknown ids get the not-found page. */
    entity?: EntityKind
    /** False for pages that show no place, itinerary or event text, so they work while that text is missing. */
    usesContent?: false
  }
}

export const LOCALE_PATH = `/:locale(${UI_LOCALES.join('|')})`

export function createRoutes(rootRedirect: () => string): RouteRecordRaw[] {
  return [
    { path: '/', redirect: () => ({ name: 'home', params: { locale: rootRedirect() } }) },
    // Its own record so that links to it end in a slash: /vi/, as the other pages are /vi/places.
    { path: `${LOCALE_PATH}/`, name: 'home', component: HomeView },
    {
      path: LOCALE_PATH,
      children: [
        { path: 'places', name: 'places', component: () => import('@/views/PlacesView.vue') },
        {
          path: 'places/:id',
          name: 'place',
          component: () => import('@/views/PlaceDetailView.vue'),
          props: true,
          meta: { entity: 'places' },
        },
        // ?place=<id> selects a place, ?category=<id> filters: both shareable.
        { path: 'map', name: 'map', component: () => import('@/views/MapView.vue') },
        { path: 'itineraries', name: 'itineraries', component: () => import('@/views/ItinerariesView.vue') },
        {
          path: 'itineraries/:id',
          name: 'itinerary',
          component: () => import('@/views/ItineraryDetailView.vue'),
          props: true,
          meta: { entity: 'itineraries' },
        },
        { path: 'plan', name: 'plan', component: () => import('@/views/PlanView.vue') },
        {
          path: 'itineraries/:id/follow',
          name: 'follow',
          component: () => import('@/views/FollowView.vue'),
          props: true,
          meta: { entity: 'itineraries' },
        },
        { path: 'events', name: 'events', component: () => import('@/views/EventsView.vue') },
        {
          path: 'events/:id',
          name: 'event',
          component: () => import('@/views/EventDetailView.vue'),
          props: true,
          meta: { entity: 'events' },
        },
        {
          path: 'saved',
          name: 'saved',
          component: () => import('@/views/SavedView.vue'),
          meta: { usesContent: false },
        },
        {
          path: 'about',
          name: 'about',
          component: () => import('@/views/AboutView.vue'),
          meta: { usesContent: false },
        },
      ],
    },
    { path: '/:pathMatch(.*)*', name: NOT_FOUND, component: NotFoundView, meta: { usesContent: false } },
  ]
}

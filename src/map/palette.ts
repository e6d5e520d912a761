/**
 * Map colours per theme. The land and water colours are picked to stay
 * distinct in both themes (the end-to-end test looks for both in a
 * screenshot); label text keeps 4.5:1 against its halo.
 */
export type MapTheme = 'light' | 'dark'

export interface MapPalette {
  water: string
  waterLine: string
  waterLabel: string
  land: string
  buildings: string
  roadMinor: string
  roadMajor: string
  roadCasing: string
  label: string
  labelHalo: string
  /** Clusters, the route and the selection ring: the app's accent colour. */
  accent: string
  onAccent: string
  /** The ring around place markers, so dark category colours show on dark land. */
  markerStroke: string
  position: string
}

export const PALETTES: Readonly<Record<MapTheme, MapPalette>> = {
  light: {
    water: '#a9d4e8',
    waterLine: '#8cc3dc',
    waterLabel: '#1d5b7a',
    land: '#f2eee4',
    buildings: '#e0d8c9',
    roadMinor: '#ffffff',
    roadMajor: '#fbe3a5',
    roadCasing: '#d6cdbd',
    label: '#3a3631',
    labelHalo: '#fbfaf6',
    accent: '#b3261e',
    onAccent: '#ffffff',
    markerStroke: '#ffffff',
    position: '#1a5fd0',
  },
  dark: {
    water: '#0f2a3d',
    waterLine: '#2f5f7f',
    waterLabel: '#9bcbe6',
    land: '#272b2f',
    buildings: '#33383d',
    roadMinor: '#3d4349',
    roadMajor: '#5a5240',
    roadCasing: '#1b1e21',
    label: '#e6e2da',
    labelHalo: '#121416',
    accent: '#ff8a80',
    onAccent: '#2b0a07',
    markerStroke: '#eceae6',
    position: '#9cc1ff',
  },
}

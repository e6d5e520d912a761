/**
 * Line icons on a 24×24 grid, drawn with `stroke="currentColor"`, as SVG path
 * data so that Vue (AppIcon.vue) and the map (as images) can share them.
 * Category icons are named in content/categories.yaml; an unknown name falls
 * back to a plain marker rather than breaking a page.
 */
export const ICON_PATHS = {
  // Navigation
  home: 'M3 10.5 12 3l9 7.5M5 9v12h5v-6h4v6h5V9',
  places: 'M12 21s-7-6.1-7-11.5a7 7 0 0 1 14 0C19 14.9 12 21 12 21zM12 7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5z',
  map: 'M3 6.5 9 4l6 2.5L21 4v13.5L15 20l-6-2.5L3 20zM9 4v13.5M15 6.5V20',
  itineraries:
    'M6 16a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5zM18 3a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5zM8.5 18.5H16a3.5 3.5 0 0 0 0-7H8a3.5 3.5 0 0 1 0-7h7.5',
  events: 'M4 6h16v15H4zM4 10.5h16M8.5 3v5M15.5 3v5M8 14h2M14 14h2M8 17.5h2',
  about: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM12 11v6M12 7.5v.01',
  saved: 'M6 3h12v18l-6-4.5L6 21z',
  // Favourites: filled by CSS (`fill: currentColor`) when pressed.
  heart: 'M12 20.5S3.5 15.6 3.5 9.3A4.8 4.8 0 0 1 12 6.3a4.8 4.8 0 0 1 8.5 3c0 6.3-8.5 11.2-8.5 11.2z',
  // Settings
  globe:
    'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM3.5 9h17M3.5 15h17M12 3c-2.5 2.5-3.5 5.5-3.5 9s1 6.5 3.5 9M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9',
  sun: 'M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  moon: 'M20 14.5A8 8 0 1 1 9.5 4 6.5 6.5 0 0 0 20 14.5z',
  contrast: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM12 3v18M12 7h7M12 11h9M12 15h8',
  close: 'M6 6l12 12M18 6 6 18',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zM15.5 15.5 21 21',
  // Offline
  offline: 'M3 3l18 18M8.5 8.5A5 5 0 0 0 7 18h10M17.5 13.5A4 4 0 0 0 14 7a5 5 0 0 0-3 1',
  download: 'M12 3v12M7 10l5 5 5-5M4 19h16',
  refresh: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5',
  // Facts
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM12 7v5l3 2',
  ticket: 'M3 8V6h18v2a2.5 2.5 0 0 0 0 5v2H3v-2a2.5 2.5 0 0 0 0-5zM3 15v3h18v-3M14 6v12',
  phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z',
  mail: 'M3 5h18v14H3zM3 6l9 7 9-7',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  wheelchair: 'M11 3.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3zM11 9v6h6l2 5M11 12h5M7.5 11.5a5.5 5.5 0 1 0 7.5 7',
  tag: 'M3 3h8l10 10-8 8L3 11zM7.5 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3z',
  pin: 'M12 21s-6-5.5-6-10.5a6 6 0 0 1 12 0C18 15.5 12 21 12 21zM12 8.5a2 2 0 1 0 0 4 2 2 0 1 0 0-4z',
  alert: 'M12 3 2 20h20zM12 10v4M12 17v.01',
  arrow: 'M5 12h14M13 6l6 6-6 6',
  arrowUp: 'M12 19V5M6 11l6-6 6 6',
  arrowDown: 'M12 5v14M6 13l6 6 6-6',
  // Categories (content/categories.yaml)
  landmark: 'M2 9.5 12 4l10 5.5zM4 9.5V19M8 9.5V19M16 9.5V19M20 9.5V19M12 9.5V19M2 21h20',
  pagoda: 'M12 2v3M4 8l3-3h10l3 3zM6.5 8v3.5M17.5 8v3.5M3 14.5l3.5-3h11l3.5 3zM6 14.5V21h12v-6.5M10.5 21v-3.5h3V21',
  museum: 'M3 9 12 4l9 5M5 9h14M6 9v9M10 9v9M14 9v9M18 9v9M3 18h18M2 21h20',
  island:
    'M2 20c3-1.6 5-1.6 8 0s5 1.6 8 0 3-1.6 4-.8M12 17V9M12 9C10.5 6.5 7 6 5 8M12 9c1.5-2.5 5-3 7-1M12 9c-.5-2.5 1-5 3.5-6M6 17.5c2-1.5 10-1.5 12 0',
  mountain: 'M2 20 9 7l4.5 7.5L16 11l6 9zM7.5 10l1.5 1.5L10.5 10',
  tree: 'M12 21v-4M12 3 6.5 10H9l-3.5 5h13L15 10h2.5z',
  basket: 'M3 10h18l-2 10H5zM7.5 10 11 4M16.5 10 13 4M9 13.5v3.5M12 13.5v3.5M15 13.5v3.5',
  bowl: 'M3 11h18a9 9 0 0 1-18 0zM9 20h6M8 4c1 1 1 2 0 3M12 3c1 1 1 2.5 0 4M16 4c1 1 1 2 0 3',
  ferry: 'M3 14h18l-2.5 4.5h-13zM6 14V9.5h12V14M9.5 9.5V6h5v3.5M2 21c1.7.7 3.3.7 5 0s3.3-.7 5 0 3.3.7 5 0 3.3-.7 5 0',
  marker: 'M12 7a5 5 0 1 0 0 10 5 5 0 1 0 0-10z',
  // Read aloud: a speaker, and a stop square while speaking
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  stop: 'M7 7h10v10H7z',
} as const satisfies Record<string, string>

export type IconName = keyof typeof ICON_PATHS

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(ICON_PATHS, name)
}

/** Path data for a name from content, or the plain marker when the name is unknown. */
export function iconPath(name: string): string {
  return isIconName(name) ? ICON_PATHS[name] : ICON_PATHS.marker
}

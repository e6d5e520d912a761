/**
 * Keeps `<link rel="manifest">` on the manifest of the UI language, so a
 * platform that re-reads the manifest (Chromium does, when it checks an
 * installed app for updates) shows the app's name in the reader's language.
 * The build writes one manifest per locale (src/pwa/build/web-manifest-plugin.ts).
 */
import { watch, type Ref } from 'vue'

export function manifestHref(locale: string, base: string = import.meta.env.BASE_URL): string {
  return `${base}manifest-${locale}.webmanifest`
}

/** Call in a component's setup (or an effect scope): the watcher stops with it. */
export function useManifestLink(locale: Ref<string>, doc: Document = document): void {
  watch(
    locale,
    (value) => {
      const href = manifestHref(value)
      let link = doc.head.querySelector<HTMLLinkElement>('link[rel="manifest"]')
      if (!link) {
        // index.html gets the link from the build; without it (a test page) there is nothing to keep in step.
        link = doc.createElement('link')
        link.rel = 'manifest'
        doc.head.append(link)
      }
      // Setting the same href again would make the browser fetch the manifest again.
      if (link.getAttribute('href') !== href) link.setAttribute('href', href)
    },
    { immediate: true },
  )
}

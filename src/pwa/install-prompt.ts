/**
 * The "install the app" state: Chromium offers installation through a
 * `beforeinstallprompt` event that must be kept and replayed from a click.
 * The event can fire before the app mounts, so this is created in main.ts
 * and provided with `installPromptKey`; components only read it.
 */
import { ref, type InjectionKey, type Ref } from 'vue'

/** Chromium's event (not in lib.dom: it is not a web standard). */
export interface BeforeInstallPromptEvent extends Event {
  readonly platforms: readonly string[]
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>
  prompt(): Promise<void>
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable'

export interface InstallPrompt {
  /** The browser will show its install dialog when asked. */
  readonly canInstall: Readonly<Ref<boolean>>
  /** Running as the installed app, or installed during this visit. */
  readonly installed: Readonly<Ref<boolean>>
  /** Shows the browser's install dialog; call it from a click (browsers require a user gesture). */
  install(): Promise<InstallOutcome>
  /** Removes the listeners. */
  dispose(): void
}

export const installPromptKey: InjectionKey<InstallPrompt> = Symbol('install-prompt')

const STANDALONE = '(display-mode: standalone)'

export function createInstallPrompt(target: Window = window): InstallPrompt {
  const canInstall = ref(false)
  const standalone = target.matchMedia?.(STANDALONE)
  // navigator.standalone: iOS Safari's flag for a page opened from the home screen.
  const installed = ref(
    (standalone?.matches ?? false) || (target.navigator as { standalone?: boolean }).standalone === true,
  )
  let deferred: BeforeInstallPromptEvent | undefined

  function onBeforeInstallPrompt(event: Event): void {
    if (!isBeforeInstallPromptEvent(event)) return
    // Stops the browser's own mini-infobar: the app offers installation where it fits.
    event.preventDefault()
    deferred = event
    canInstall.value = !installed.value
  }
  function onInstalled(): void {
    installed.value = true
    canInstall.value = false
    deferred = undefined
  }
  function onDisplayModeChange(event: MediaQueryListEvent): void {
    if (event.matches) onInstalled()
  }

  target.addEventListener('beforeinstallprompt', onBeforeInstallPrompt)
  target.addEventListener('appinstalled', onInstalled)
  standalone?.addEventListener?.('change', onDisplayModeChange)

  return {
    canInstall,
    installed,
    async install() {
      const event = deferred
      if (!event) return 'unavailable'
      // An event can prompt only once; the browser sends a new one if it may ask again.
      deferred = undefined
      canInstall.value = false
      try {
        await event.prompt()
        return (await event.userChoice).outcome
      } catch (error) {
        console.warn('The install dialog could not be shown:', error)
        return 'unavailable'
      }
    },
    dispose() {
      target.removeEventListener('beforeinstallprompt', onBeforeInstallPrompt)
      target.removeEventListener('appinstalled', onInstalled)
      standalone?.removeEventListener?.('change', onDisplayModeChange)
    },
  }
}

function isBeforeInstallPromptEvent(event: Event): event is BeforeInstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event
}

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { createInstallPrompt, type BeforeInstallPromptEvent } from './install-prompt'

/** A window double: real EventTarget listeners, and a display-mode query the test controls. */
function fakeWindow({ standalone = false, iosStandalone = false } = {}) {
  const target = new EventTarget()
  const query = Object.assign(new EventTarget(), { matches: standalone, media: '(display-mode: standalone)' })
  const win = Object.assign(target, {
    matchMedia: vi.fn(() => query),
    navigator: iosStandalone ? { standalone: true } : {},
  }) as unknown as Window
  return {
    win,
    enterStandalone() {
      query.matches = true
      query.dispatchEvent(Object.assign(new Event('change'), { matches: true }))
    },
  }
}

/** What Chromium dispatches; `outcome` is the user's answer in the dialog. */
function installEvent(outcome: 'accepted' | 'dismissed' = 'accepted', fail = false) {
  const event = new Event('beforeinstallprompt', { cancelable: true })
  const prompt = vi.fn(() => (fail ? Promise.reject(new Error('not from a user gesture')) : Promise.resolve()))
  return Object.assign(event, {
    platforms: ['web'],
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
    prompt,
  }) as BeforeInstallPromptEvent & { prompt: typeof prompt }
}

describe('createInstallPrompt', () => {
  it('keeps the browser event, stops its own prompt, and replays it on install()', async () => {
    const { win } = fakeWindow()
    const prompt = createInstallPrompt(win)
    expect(prompt.canInstall.value).toBe(false)

    const event = installEvent('accepted')
    win.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(prompt.canInstall.value).toBe(true)

    await expect(prompt.install()).resolves.toBe('accepted')
    expect(event.prompt).toHaveBeenCalledOnce()
    expect(prompt.canInstall.value).toBe(false)
    // The event is spent: a second click has nothing to show.
    await expect(prompt.install()).resolves.toBe('unavailable')
    prompt.dispose()
  })

  it('reports a dismissed dialog, and offers again when the browser sends a new event', async () => {
    const { win } = fakeWindow()
    const prompt = createInstallPrompt(win)
    win.dispatchEvent(installEvent('dismissed'))
    await expect(prompt.install()).resolves.toBe('dismissed')
    expect(prompt.canInstall.value).toBe(false)
    win.dispatchEvent(installEvent())
    expect(prompt.canInstall.value).toBe(true)
    prompt.dispose()
  })

  it('answers unavailable without an event, or when the browser refuses to show the dialog', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { win } = fakeWindow()
    const prompt = createInstallPrompt(win)
    await expect(prompt.install()).resolves.toBe('unavailable')
    win.dispatchEvent(installEvent('accepted', true))
    await expect(prompt.install()).resolves.toBe('unavailable')
    expect(warn).toHaveBeenCalledOnce()
    warn.mockRestore()
    prompt.dispose()
  })

  it('is installed after appinstalled, and drops the kept event', async () => {
    const { win } = fakeWindow()
    const prompt = createInstallPrompt(win)
    win.dispatchEvent(installEvent())
    win.dispatchEvent(new Event('appinstalled'))
    expect(prompt.installed.value).toBe(true)
    expect(prompt.canInstall.value).toBe(false)
    await expect(prompt.install()).resolves.toBe('unavailable')
    prompt.dispose()
  })

  it('knows it runs installed from the display mode, or iOS navigator.standalone', () => {
    const standalone = createInstallPrompt(fakeWindow({ standalone: true }).win)
    expect(standalone.installed.value).toBe(true)
    const ios = createInstallPrompt(fakeWindow({ iosStandalone: true }).win)
    expect(ios.installed.value).toBe(true)

    const browser = fakeWindow()
    const prompt = createInstallPrompt(browser.win)
    expect(prompt.installed.value).toBe(false)
    browser.enterStandalone()
    expect(prompt.installed.value).toBe(true)
    ;[standalone, ios, prompt].forEach((p) => p.dispose())
  })

  it('stops listening after dispose()', () => {
    const { win } = fakeWindow()
    const prompt = createInstallPrompt(win)
    prompt.dispose()
    win.dispatchEvent(installEvent())
    win.dispatchEvent(new Event('appinstalled'))
    expect(prompt.canInstall.value).toBe(false)
    expect(prompt.installed.value).toBe(false)
  })

  it('ignores a beforeinstallprompt that is not the real thing', () => {
    const { win } = fakeWindow()
    const prompt = createInstallPrompt(win)
    win.dispatchEvent(new Event('beforeinstallprompt', { cancelable: true }))
    expect(prompt.canInstall.value).toBe(false)
    prompt.dispose()
  })
})

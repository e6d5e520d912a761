/**
 * Runs other plugins' `closeBundle` only when the build succeeded.
 *
 * vite-plugin-pwa builds the service worker in `closeBundle` and skips it when
 * that hook is given the build's error, as Rollup does. Rolldown (Vite 8)
 * calls `closeBundle` without the error, so after a failed build (a content
 * error, say) the worker's build ran too, failed for want of the app's output,
 * and its message replaced the one the editor needed: the content error with
 * its file and line. `buildEnd` still receives the error, so it is noted there.
 */
import type { Plugin } from 'vite'

type Hook = (this: unknown, ...args: unknown[]) => unknown

export function afterSuccessfulBuild(plugins: readonly Plugin[]): Plugin[] {
  let failed = false
  const watcher: Plugin = {
    name: 'haiphong-guide:build-outcome',
    apply: 'build',
    buildStart() {
      failed = false
    },
    buildEnd(error) {
      if (error) failed = true
    },
  }
  const guard = (plugin: Plugin): Plugin => {
    const hook = plugin.closeBundle as Hook | { handler: Hook } | undefined
    if (!hook) return plugin
    const original = typeof hook === 'function' ? hook : hook.handler
    const guarded: Hook = function (...args) {
      return failed ? undefined : original.apply(this, args)
    }
    return {
      ...plugin,
      closeBundle: (typeof hook === 'function' ? guarded : { ...hook, handler: guarded }) as Plugin['closeBundle'],
    }
  }
  return [watcher, ...plugins.map(guard)]
}

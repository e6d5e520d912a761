/**
 * How the build and `vite preview` apply deploy/headers.ts: the `_headers`
 * file written into the build, and `vite preview` (what `npm start` serves)
 * behaving like the deploy config: same security headers, and a 404 for a
 * missing file instead of the app shell.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { isFilePath } from '../src/pwa/paths.ts'
import { HASHED_PREFIX, headersFile, SECURITY_HEADERS } from './headers.ts'

/** Writes `_headers` for static hosts that read one (Netlify, Cloudflare Pages and others). */
export function headersFilePlugin(): Plugin {
  return {
    name: 'haiphong-guide:headers-file',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        // The files outside /assets/ that the app reads (index.html, the pack list, the manifests), and the worker.
        const revalidated = Object.keys(bundle)
          .map((name) => `/${name}`)
          .filter((name) => !name.startsWith(HASHED_PREFIX) && /\.(html|json|webmanifest)$/.test(name))
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile([...revalidated, '/sw.js'].sort()) })
      },
    },
  }
}

/**
 * `vite preview` sends the deploy's security headers, so `npm start` runs
 * under the same Content-Security-Policy as a real deploy; and it answers a
 * missing file with 404. (Its SPA fallback would otherwise send index.html,
 * with 200, for a missing script: a service worker would then store the app
 * shell as that script and install a broken version.)
 */
export function previewServerPlugin(): Plugin {
  return {
    name: 'haiphong-guide:preview-server',
    config: () => ({ preview: { headers: { ...SECURITY_HEADERS } } }),
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
        if (!isFilePath(pathname)) return next()
        const file = path.join(outDir, path.normalize(pathname))
        if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
          response.statusCode = 404
          response.setHeader('Content-Type', 'text/plain; charset=utf-8')
          response.end(`Not found: ${pathname}\n`)
          return
        }
        next()
      })
    },
  }
}

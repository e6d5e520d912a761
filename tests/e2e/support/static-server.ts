/**
 * A minimal static host for the offline and update tests, which need what
 * `vite preview` cannot give: a server that can be stopped mid-test (to prove
 * the service worker, not the network, serves the pages) and whose files can
 * be swapped for another build while the browser stays open (a deploy).
 *
 * Behaves like a typical static host for a single-page app: files by path,
 * index.html for any other path, and revalidation of the service worker script.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pmtiles': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
}

export interface StaticServer {
  /** Origin without a trailing slash. */
  url: string
  /** Serves another folder from now on (a new deploy). */
  serve(dir: string): void
  stop(): Promise<void>
  /** Starts again on the same port after stop(). */
  restart(): Promise<void>
}

export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  let root = dir
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    let file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      // Paths with an extension are files: a missing one is a 404, not the app.
      if (path.extname(pathname)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      file = path.join(root, 'index.html')
    }
    const hashed = pathname.startsWith('/assets/')
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    createReadStream(file).pipe(response)
  }

  let server: Server = createServer(handler)
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(p, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
    })
  const boundPort = await listen(port)

  return {
    url: `http://127.0.0.1:${boundPort}`,
    serve(next) {
      root = next
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    async restart() {
      server = createServer(handler)
      await listen(boundPort)
    },
  }
}

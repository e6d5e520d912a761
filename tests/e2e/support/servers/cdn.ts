/**
 * The suite's own static host, behaving like a CDN in front of a static site
 * (Cloudflare Pages, Netlify and the like): files by path, index.html for
 * paths that are pages and a 404 for missing files, response headers from
 * the build's `_headers` file (every matching rule applies, a header set
 * twice is joined with a comma), `Vary: Origin, Accept-Encoding` on
 * everything, and gzip on the fly for text. In-process, so a test can stop it,
 * restart it and swap the build it serves at once.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createGzip } from 'node:zlib'
import { isFilePath } from '../../../../src/pwa/paths.ts'
import { HOST, type GuideServer } from './common'

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
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json)|image\/svg\+xml)/

interface HeaderRule {
  pattern: RegExp
  headers: [string, string][]
}

/** Reads a `_headers` file: a path pattern (`*` matches anything) followed by indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      rules.push({ pattern: new RegExp(`^${source.join('.*')}$`), headers: [] })
      continue
    }
    const colon = line.indexOf(':')
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return rules
}

function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value
  }
  return out
}

export async function startCdn(dir: string, port = 0): Promise<GuideServer> {
  let root = dir
  let rules: HeaderRule[] = []
  const load = (next: string) => {
    root = next
    const file = path.join(next, '_headers')
    rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : []
  }
  load(dir)

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    let file = path.join(root, path.normalize(pathname))
    let served = pathname
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      if (isFilePath(pathname)) {
        response.writeHead(404, { 'content-type': 'text/plain', vary: 'Origin, Accept-Encoding' }).end('Not found')
        return
      }
      file = path.join(root, 'index.html')
      served = '/index.html'
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    response.writeHead(200, {
      ...headersFor(rules, served),
      'content-type': type,
      vary: 'Origin, Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(file).size }),
    })
    const body = createReadStream(file)
    if (gzip) body.pipe(createGzip()).pipe(response)
    else body.pipe(response)
  }

  let server: Server = createServer(handler)
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(p, HOST, () => resolve((server.address() as AddressInfo).port))
    })
  const boundPort = await listen(port)
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })

  return {
    kind: 'cdn',
    url: `http://${HOST}:${boundPort}`,
    async serve(next) {
      load(next)
    },
    stop,
    async restart() {
      server = createServer(handler)
      await listen(boundPort)
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  }
}

/**
 * nginx from the system (Debian: `apt-get install nginx
 * libnginx-mod-http-brotli-static`) serving a build with the repo's own
 * deploy/nginx.conf, unchanged but for its `listen` and `root` lines, inside a
 * minimal main configuration of our own (temporary prefix, no daemon, no logs
 * outside it). What a visitor meets on a real deploy: precompressed brotli and
 * gzip, `Vary: Accept-Encoding`, long-lived caching of hashed files and the
 * strict Content-Security-Policy.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { HOST, startProcessServer, type GuideServer } from './common'

const SITE_CONFIG = fileURLToPath(new URL('../../../../deploy/nginx.conf', import.meta.url))

/** Where nginx and its pieces are looked for; the environment variables override them on other systems. */
export const NGINX = {
  binary: process.env.NGINX_PATH ?? '/usr/sbin/nginx',
  mimeTypes: process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types',
  brotliModule: process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
}

/** What is missing for the nginx leg of the suite, with what to do; undefined when nothing is. */
export function missingNginxMessage(): string | undefined {
  const missing = Object.entries(NGINX).filter(([, file]) => !existsSync(file))
  if (missing.length === 0) return undefined
  return [
    `nginx is needed for the end-to-end tests, which serve the build with deploy/nginx.conf; not found: ${missing.map(([, file]) => file).join(', ')}.`,
    'Install it, then run the tests again:',
    '  on Debian or Ubuntu:  sudo apt-get install -y nginx libnginx-mod-http-brotli-static',
    '  elsewhere:            set NGINX_PATH, NGINX_MIME_TYPES and NGINX_BROTLI_MODULE to your nginx, its mime.types and its brotli_static module',
  ].join('\n')
}

/** deploy/nginx.conf with its one `listen` and one `root` replaced; anything else about it is what ships. */
export function siteConfig(port: number, root: string): string {
  const text = readFileSync(SITE_CONFIG, 'utf8')
  const replaceOnce = (directive: string, value: string, input: string) => {
    const pattern = new RegExp(`^(\\s*)${directive}\\s+[^;]+;`, 'gm')
    const count = input.match(pattern)?.length ?? 0
    if (count !== 1) throw new Error(`deploy/nginx.conf must have exactly one \`${directive}\` line; it has ${count}.`)
    return input.replace(pattern, (_, indent: string) => `${indent}${directive} ${value};`)
  }
  return replaceOnce('root', root, replaceOnce('listen', `${HOST}:${port}`, text))
}

function mainConfig(prefix: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`
  return `load_module ${NGINX.brotliModule};
${userInfo().uid === 0 ? 'user nobody nogroup;' : ''}
daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
  include ${NGINX.mimeTypes};
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${path.join(prefix, 'site.conf')};
}
`
}

export async function startNginx(dir: string): Promise<GuideServer> {
  const problem = missingNginxMessage()
  if (problem) throw new Error(problem)
  const prefix = mkdtempSync(path.join(tmpdir(), 'haiphong-guide-nginx-'))
  mkdirSync(path.join(prefix, 'temp'))
  writeFileSync(path.join(prefix, 'nginx.conf'), mainConfig(prefix))
  const errorLog = path.join(prefix, 'error.log')
  // SIGTERM, what stopping the process sends, is nginx's fast shutdown: connections close at once, as when a server goes away.
  return startProcessServer(
    'nginx',
    dir,
    (root, port) => {
      writeFileSync(path.join(prefix, 'site.conf'), siteConfig(port, root))
      const args = ['-p', prefix, '-e', errorLog, '-c', path.join(prefix, 'nginx.conf')]
      const child = spawn(NGINX.binary, args, { stdio: 'ignore' })
      return { child, output: () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '') }
    },
    () => rmSync(prefix, { recursive: true, force: true }),
  )
}

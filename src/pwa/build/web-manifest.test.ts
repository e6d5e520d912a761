import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, createServer, type Rollup } from 'vite'
import { BRAND_ICONS, webManifest, type ManifestMessages, type WebManifest } from './web-manifest.ts'
import { loadWebAppFiles, webManifestPlugin, type WebAppFiles } from './web-manifest-plugin.ts'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const site = {
  name: { vi: 'Hải Phòng', en: 'Hải Phòng', ko: '하이퐁' },
  tagline: { vi: 'Thành phố Hoa Phượng Đỏ', en: 'The city of red flamboyants' },
}
const colours = { theme_color: '#0a4f73', background_color: '#f7f5f0' }
const koMessages: ManifestMessages = { guideName: '{city} 여행 가이드', nav: { map: '지도', saved: '저장됨' } }

describe('webManifest', () => {
  it('names the app in the locale, with shortcuts into that locale', () => {
    const manifest = webManifest({ locale: 'ko', site, colours, messages: koMessages })
    expect(manifest).toMatchObject({
      id: '/',
      name: '하이퐁 여행 가이드',
      short_name: '하이퐁',
      lang: 'ko',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      display_override: ['standalone', 'minimal-ui'],
      orientation: 'any',
      theme_color: '#0a4f73',
      background_color: '#f7f5f0',
      categories: ['travel', 'navigation'],
    })
    // ko has no tagline in this site: English, as the app shows it.
    expect(manifest.description).toBe('The city of red flamboyants')
    expect(manifest.shortcuts).toEqual([
      {
        name: '지도',
        url: '/ko/map',
        icons: [{ src: '/icons/shortcut-map.png', sizes: '96x96', type: 'image/png' }],
      },
      {
        name: '저장됨',
        url: '/ko/saved',
        icons: [{ src: '/icons/shortcut-saved.png', sizes: '96x96', type: 'image/png' }],
      },
    ])
  })

  it('lists every app icon with its size and purpose, and a maskable 192 and 512', () => {
    const { icons } = webManifest({ locale: 'vi', site, colours, messages: koMessages })
    expect(icons.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(
      [48, 72, 96, 128, 144, 192, 256, 384, 512].map((s) => `${s}x${s}`),
    )
    expect(icons.filter((i) => i.purpose === 'maskable')).toEqual([
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ])
    // iOS takes its icon from <link rel="apple-touch-icon">, not from the manifest.
    expect(icons.some((i) => i.src.includes('apple'))).toBe(false)
  })

  it('falls back to the English city name, and puts every URL under the base path', () => {
    const manifest = webManifest({ locale: 'ja', site, colours, messages: koMessages, base: '/guide/' })
    expect(manifest.short_name).toBe('Hải Phòng')
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/guide/', '/guide/', '/guide/'])
    expect(manifest.icons[0]!.src).toBe('/guide/icons/icon-48.png')
    expect(manifest.shortcuts[0]!.url).toBe('/guide/ja/map')
  })
})

describe('loadWebAppFiles on a fixture', () => {
  let root: string
  let contentDir: string
  let messagesDir: string

  const messages = {
    vi: { app: { guideName: 'Cẩm nang {city}' }, nav: { map: 'Bản đồ', saved: 'Đã lưu' } },
    en: { app: { guideName: '{city} guide' }, nav: { map: 'Map', saved: 'Saved' } },
    ko: { app: { guideName: '{city} 여행 가이드' }, nav: { map: '지도', saved: '저장됨' } },
    zh: { app: { guideName: '{city}指南' }, nav: { map: '地图' } },
    ja: { app: { guideName: '{city}ガイド' }, nav: { map: '地図', saved: '保存済み' } },
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'web-manifest-'))
    contentDir = path.join(root, 'content')
    messagesDir = path.join(root, 'messages')
    await mkdir(path.join(contentDir, 'brand', 'icons'), { recursive: true })
    await mkdir(messagesDir)
    await cp(path.join(repo, 'tests/fixtures/valid-site/site.yaml'), path.join(contentDir, 'site.yaml'))
    await writeFile(
      path.join(contentDir, 'brand', 'brand.yaml'),
      "theme_color: '#123456'\nbackground_color: '#fafafa'\n",
    )
    for (const icon of BRAND_ICONS) await writeFile(path.join(contentDir, 'brand', 'icons', icon.file), icon.file)
    for (const [locale, json] of Object.entries(messages)) {
      await writeFile(path.join(messagesDir, `${locale}.json`), JSON.stringify(json))
    }
    await writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><html><head></head><body><script type="module" src="/main.js"></script></body></html>\n',
    )
    await writeFile(path.join(root, 'main.js'), 'document.body.append("ok")\n')
  })

  afterAll(async () => {
    await rm(root, { recursive: true })
  })

  const manifestOf = (files: WebAppFiles, locale: string) =>
    JSON.parse(
      files.files.find((f) => f.fileName === `manifest-${locale}.webmanifest`)!.source as string,
    ) as WebManifest

  it('builds a manifest per site locale and carries every icon under icons/', async () => {
    const files = await loadWebAppFiles({ contentDir, messagesDir })
    expect(files.defaultLocale).toBe('vi')
    expect(files.files.map((f) => f.fileName)).toEqual([
      ...['vi', 'en', 'ko', 'zh', 'ja'].map((l) => `manifest-${l}.webmanifest`),
      ...BRAND_ICONS.map((i) => `icons/${i.file}`),
    ])
    expect(manifestOf(files, 'vi').name).toBe('Cẩm nang Thành phố Thử')
    expect(manifestOf(files, 'ko').name).toBe('Test City 여행 가이드')
    expect(manifestOf(files, 'vi').theme_color).toBe('#123456')
    // zh.json has no nav.saved: English, as the app falls back.
    expect(manifestOf(files, 'zh').shortcuts.map((s) => s.name)).toEqual(['地图', 'Saved'])
    expect(files.warnings).toEqual([
      'the vi short_name "Thành phố Thử" (the city name in site.yaml) is longer than 12 characters; home screens may cut it',
    ])
  })

  it('fails naming a missing icon and the command that draws it', async () => {
    const icon = path.join(contentDir, 'brand', 'icons', 'maskable-512.png')
    await rm(icon)
    try {
      await expect(loadWebAppFiles({ contentDir, messagesDir })).rejects.toThrow(
        /maskable-512\.png cannot be read \(the file does not exist\).*npm run icons/,
      )
    } finally {
      await writeFile(icon, 'png')
    }
  })

  it('fails naming site.yaml, brand.yaml or a message file when they are wrong', async () => {
    await expect(loadWebAppFiles({ contentDir: path.join(root, 'nowhere'), messagesDir })).rejects.toThrow(
      /nowhere\/site\.yaml cannot be read \(the file does not exist\); run `npm run content:check`/,
    )

    const brand = path.join(contentDir, 'brand', 'brand.yaml')
    await writeFile(brand, "theme_color: blue\nbackground_color: '#fafafa'\n")
    await expect(loadWebAppFiles({ contentDir, messagesDir })).rejects.toThrow(
      /brand\.yaml is invalid \(theme_color: write a colour as #rrggbb\)/,
    )
    await writeFile(brand, "theme_color: '#123456'\nbackground_color: '#fafafa'\n")

    const vi = path.join(messagesDir, 'vi.json')
    await writeFile(vi, JSON.stringify({ nav: messages.vi.nav }))
    const en = path.join(messagesDir, 'en.json')
    await writeFile(en, JSON.stringify({ nav: messages.en.nav }))
    try {
      await expect(loadWebAppFiles({ contentDir, messagesDir })).rejects.toThrow(
        /vi\.json has no text for "app\.guideName"/,
      )
    } finally {
      await writeFile(vi, JSON.stringify(messages.vi))
      await writeFile(en, JSON.stringify(messages.en))
    }
  })

  it('emits the files at stable names in a build and links the default manifest from index.html', async () => {
    const { output } = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [webManifestPlugin({ contentDir, messagesDir })],
      build: { write: false, target: 'es2022' },
    })) as Rollup.RollupOutput
    const names = output.map((o) => o.fileName)
    expect(names).toEqual(
      expect.arrayContaining(['manifest-ja.webmanifest', 'icons/icon-512.png', 'icons/apple-touch-icon.png']),
    )
    const html = output.find((o): o is Rollup.OutputAsset => o.fileName === 'index.html')!.source as string
    expect(html).toContain('<link rel="manifest" href="/manifest-vi.webmanifest">')
    expect(html).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">')
  })

  it('serves the same files from memory in vite dev', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [webManifestPlugin({ contentDir, messagesDir })],
      server: { port: 0, host: '127.0.0.1', ws: false },
    })
    await server.listen()
    try {
      const url = server.resolvedUrls!.local[0]!
      const manifest = await fetch(new URL('manifest-ko.webmanifest', url))
      expect(manifest.headers.get('content-type')).toBe('application/manifest+json')
      expect(((await manifest.json()) as WebManifest).name).toBe('Test City 여행 가이드')
      const icon = await fetch(new URL('icons/maskable-192.png', url))
      expect([icon.headers.get('content-type'), await icon.text()]).toEqual(['image/png', 'maskable-192.png'])
      expect((await fetch(new URL('manifest-fr.webmanifest', url))).headers.get('content-type')).not.toBe(
        'application/manifest+json',
      )
      expect(await server.transformIndexHtml('/index.html', '<html><head></head></html>')).toContain(
        '<link rel="manifest" href="/manifest-vi.webmanifest">',
      )
    } finally {
      await server.close()
    }
  })
})

describe('the guide itself', () => {
  it('has every icon drawn, at its size, and names the app in every locale', async () => {
    const files = await loadWebAppFiles({ contentDir: path.join(repo, 'content') })
    for (const icon of BRAND_ICONS) {
      const png = files.files.find((f) => f.fileName === `icons/${icon.file}`)!.source as Uint8Array
      const view = new DataView(png.buffer, png.byteOffset)
      // The PNG signature, then IHDR: width and height.
      expect([view.getUint32(0), view.getUint32(16), view.getUint32(20)], icon.file).toEqual([
        0x89504e47,
        icon.size,
        icon.size,
      ])
      // Colour type 2 (RGB, no alpha) for the icons platforms crop themselves.
      expect(png[25] === 2, icon.file).toBe(icon.shape === 'full-bleed')
    }
    expect(files.warnings).toEqual([])
    const names = files.files
      .filter((f) => f.fileName.endsWith('.webmanifest'))
      .map((f) => JSON.parse(f.source as string).name)
    expect(names).toContain('Cẩm nang Hải Phòng')
    expect(names).toHaveLength(5)
  })
})

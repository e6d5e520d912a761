import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, createServer, type Rollup } from 'vite'
import { contentPlugin } from './vite-plugin.ts'

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url))
let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'content-plugin-'))
  await writeFile(path.join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>\n')
  await writeFile(
    path.join(root, 'main.js'),
    "import { manifest, loadLocaleContent } from 'virtual:content'\nloadLocaleContent('ko').then((c) => console.info(manifest, c))\n",
  )
})

afterAll(async () => {
  await rm(root, { recursive: true })
})

function buildWith(dir: string) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [contentPlugin({ dir })],
    build: { write: false, target: 'es2022' },
  }) as Promise<Rollup.RollupOutput>
}

describe('contentPlugin in a production build', () => {
  it('emits the manifest in the main chunk, one chunk per locale and hashed asset files', async () => {
    const { output } = await buildWith(path.join(fixtures, 'valid-site'))
    const names = output.map((o) => o.fileName)
    for (const locale of ['vi', 'en', 'ko', 'zh', 'ja']) {
      expect(
        names.some((n) => new RegExp(`^assets/${locale}-[\\w-]{8}\\.js$`).test(n)),
        locale,
      ).toBe(true)
    }
    expect(names.some((n) => /^assets\/cover-[\w-]{8}\.svg$/.test(n))).toBe(true)
    expect(names.some((n) => /^assets\/route-[\w-]{8}\.geojson$/.test(n))).toBe(true)
    // Recordings are hashed files too, never inlined, however small.
    expect(names.some((n) => /^assets\/narration-vi-[\w-]{8}\.mp3$/.test(n))).toBe(true)

    const main = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!
    expect(main.code).toMatch(/assets\/cover-[\w-]{8}\.svg/)
    expect(main.code).toMatch(/assets\/narration-en-[\w-]{8}\.mp3/)
    // Text lives only in the locale chunks: a Korean reader never downloads Vietnamese.
    expect(main.code).not.toContain('Nhà hát Lớn')
    const ko = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.fileName.startsWith('assets/ko-'))!
    expect(ko.code).toContain('오페라 하우스')
    // Only names cross locales, as search terms: a visitor types what is on the street sign.
    expect(ko.code).toContain('lớn')
    for (const vietnameseText of ['Nhà hát Lớn', 'kiểu Pháp', 'Xây dựng', 'Lịch sử', 'Mặt tiền']) {
      expect(ko.code).not.toContain(vietnameseText)
    }
  })

  it('fails with every content error listed', async () => {
    await expect(buildWith(path.join(fixtures, 'invalid', 'unknown-category'))).rejects.toThrow(
      'places/cho-sat/meta.yaml:2 category: "markets" is not a category',
    )
  })
})

describe('contentPlugin on the dev server', () => {
  it('serves the manifest with importable file URLs', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [contentPlugin({ dir: path.join(fixtures, 'valid-site') })],
      server: { middlewareMode: true, ws: false, watch: null },
    })
    try {
      const result = await server.environments.client.transformRequest('virtual:content')
      expect(result?.code).toMatch(/import __asset0 from "\/[^"]*valid-site\/places\/nha-hat-lon\/cover\.svg\?[^"]*url/)
      expect(result?.code).toContain('import("/@id/__x00__virtual:content/locale/ko")')
    } finally {
      await server.close()
    }
  })
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { appConfig } from '../../../vite.config.ts'

const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/invalid/unknown-category', import.meta.url))

describe('a build with a content error, into an empty folder (a fresh clone)', () => {
  it('fails with the content problem, file and line, and not with the service worker’s missing input', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'haiphong-guide-failed-build-'))
    try {
      const failure = await build({
        ...appConfig({ contentDir: FIXTURE, outDir }),
        configFile: false,
        logLevel: 'silent',
      }).then(
        () => new Error('the build succeeded'),
        (error: unknown) => error as Error,
      )
      expect(failure.message).toMatch(/places\/cho-sat\/meta\.yaml:\d+ category:/)
      expect(failure.message).not.toContain('offline-packs.json')
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  }, 60_000)
})

/**
 * Reads content files as NFC text, remembering every byte read so the
 * content hash changes whenever any input changes.
 */
import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ProblemList } from './problems.ts'

export class SourceFiles {
  /** Digest of each file read, by path; files are read concurrently, so order comes from sorting. */
  private readonly digests = new Map<string, string>()

  constructor(
    readonly dir: string,
    private readonly problems: ProblemList,
  ) {}

  /** Absolute path of a content-relative path. */
  abs(rel: string): string {
    return path.join(this.dir, ...rel.split('/'))
  }

  /** Reads a text file; undefined when it does not exist. Reports text that is not NFC. */
  async text(rel: string): Promise<string | undefined> {
    let raw: string
    try {
      raw = await readFile(this.abs(rel), 'utf8')
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
    this.remember(rel, raw)
    const text = raw.replace(/^\uFEFF/, '')
    const nfc = text.normalize('NFC')
    if (nfc !== text) {
      this.problems.error({
        file: rel,
        line: firstDifferentLine(text, nfc),
        message: 'the text is not in Unicode NFC form (accents are stored as separate marks)',
        hint: 'this happens with text pasted from PDFs or some Mac apps; retype the accented words or re-save the file as NFC',
      })
    }
    return nfc
  }

  /** Reads a binary file into the hash; false when it does not exist. */
  async binary(rel: string): Promise<boolean> {
    return (await this.bytes(rel)) !== undefined
  }

  /** Reads a file as it is on disk (no NFC check) into the hash; undefined when it does not exist. */
  async bytes(rel: string): Promise<Uint8Array | undefined> {
    try {
      const bytes = await readFile(this.abs(rel))
      this.remember(rel, bytes)
      return bytes
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
  }

  /** Visible entries of a folder (no dot files); undefined when the folder does not exist. */
  async list(rel: string): Promise<{ name: string; isDirectory: boolean }[] | undefined> {
    try {
      const entries = await readdir(this.abs(rel), { withFileTypes: true })
      return entries
        .filter((e) => !e.name.startsWith('.'))
        .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }))
        .sort((a, b) => a.name.localeCompare(b.name))
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
  }

  /** A short digest of everything read so far. */
  digest(): string {
    const hash = createHash('sha256')
    for (const rel of [...this.digests.keys()].sort()) hash.update(`${rel}\0${this.digests.get(rel)}\n`)
    return hash.digest('hex').slice(0, 16)
  }

  private remember(rel: string, data: string | Buffer): void {
    this.digests.set(rel, createHash('sha256').update(data).digest('hex'))
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function firstDifferentLine(a: string, b: string): number {
  const linesA = a.split('\n')
  const linesB = b.split('\n')
  const index = linesA.findIndex((line, i) => line !== linesB[i])
  return index === -1 ? 1 : index + 1
}

/**
 * A `pmtiles` reader source over bytes in memory, so tests and the inspect
 * script read an archive exactly as the app will, without a server.
 */
import type { RangeResponse, Source } from 'pmtiles'

export class BytesSource implements Source {
  private readonly bytes: Uint8Array
  private readonly key: string

  constructor(bytes: Uint8Array, key = 'memory.pmtiles') {
    this.bytes = bytes
    this.key = key
  }

  getKey(): string {
    return this.key
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    // slice() copies, so the returned buffer holds exactly the requested range.
    return { data: this.bytes.slice(offset, offset + length).buffer }
  }
}

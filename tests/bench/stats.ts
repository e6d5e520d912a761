/** Small helpers the benchmarks share for their figures. */
import { cpus, loadavg } from 'node:os'

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

/** Other work on the machine slows every figure: printed with them. */
export function loadAverage(): string {
  return `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`
}

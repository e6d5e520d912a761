/**
 * Writes the JSON Schemas in content/schema/ from the zod schemas in
 * src/content/schema.ts. Run after changing a schema: `npm run content:schema`.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateJsonSchemas } from '../src/content/build/json-schema.ts'

const outDir = fileURLToPath(new URL('../content/schema/', import.meta.url))

await mkdir(outDir, { recursive: true })
const files = generateJsonSchemas()
await Promise.all([...files].map(([name, text]) => writeFile(path.join(outDir, name), text)))
process.stdout.write(
  `Wrote ${files.size} schemas to ${path.relative(process.cwd(), outDir)}/: ${[...files.keys()].join(', ')}\n`,
)

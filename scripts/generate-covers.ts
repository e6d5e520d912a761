/**
 * Draws a cover illustration, `cover.svg`, into every place, itinerary and
 * event folder of the content directory, so each entity has a picture before
 * an editor adds a photo.
 *
 *   npx tsx scripts/generate-covers.ts [contentDir]   (default: ./content)
 *
 * Each cover is flat art in the colour of the entity's category, with a motif
 * chosen from the category's icon (a pagoda roof for `pagoda`, karst islets for
 * `island`...). Itineraries borrow the motif of the category they spend most
 * time in; events draw a festival scene picked by their tags (fireworks,
 * flowers, lanterns, flags, a festival drum). A seed taken from the entity id
 * varies the scene, so covers differ but the output is deterministic: running
 * the script again changes nothing.
 *
 * The files hold no text (the app shows names), no scripts and no external
 * references, and stay under 4 KB. A cover.svg without the generator's marker
 * was made by hand and is never overwritten.
 *
 * The work is in scripts/covers/: styles.ts picks a motif and colour,
 * motifs/ draws them, svg.ts assembles the document, write.ts writes it.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeCovers } from './covers/write.ts'

const contentDir = resolve(process.argv[2] ?? 'content')
if (!existsSync(join(contentDir, 'categories.yaml'))) {
  console.error(
    `generate-covers: ${contentDir} has no categories.yaml, so it is not a content directory. ` +
      'Run from the repo root or pass the content directory: npx tsx scripts/generate-covers.ts content',
  )
  process.exit(1)
}
const { written, unchanged, kept } = writeCovers(contentDir)
console.log(`generate-covers: ${written} written, ${unchanged} unchanged, ${kept.length} hand-made kept.`)
for (const file of kept) console.log(`  kept ${file} (no generator marker)`)

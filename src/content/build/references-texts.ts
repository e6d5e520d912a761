/** The Markdown texts agree with meta.yaml: a body, a venue name, one alt text per image, one note per stop. */
import { REQUIRED_LOCALES, type EntityKind } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import type { Entity, MetaOf } from './types.ts'

export function checkTexts(entity: Entity, meta: MetaOf<EntityKind>, problems: ProblemList): void {
  for (const text of Object.values(entity.texts)) {
    if (text.data && text.bodyHtml === '' && REQUIRED_LOCALES.includes(text.locale)) {
      problems.warn({
        file: text.file,
        field: 'body',
        message: 'has no description below the front matter',
        hint: 'write a few paragraphs after the closing `---`; readers see only the summary until then',
      })
    }
    if (
      'venue' in meta &&
      meta.venue === undefined &&
      text.data &&
      !text.written.has('venue_name') &&
      REQUIRED_LOCALES.includes(text.locale)
    ) {
      problems.warn({
        file: text.file,
        line: 1,
        field: 'venue_name',
        message: 'is missing, and the event has no `venue` place to name',
        hint: 'add `venue_name:` with where the event happens, in words',
      })
    }
    const alt = text.data?.image_alt
    if (alt && text.written.has('image_alt') && alt.length !== meta.images.length) {
      problems.error({
        file: text.file,
        line: text.source.lineOf(['image_alt']),
        field: 'image_alt',
        message: `has ${alt.length} text${alt.length === 1 ? '' : 's'} for ${meta.images.length} image${meta.images.length === 1 ? '' : 's'}`,
        hint: 'write one alt text per image in meta.yaml, in the same order',
      })
    }
    const notes = text.data && 'stop_notes' in text.data ? text.data.stop_notes : undefined
    if (notes && 'stops' in meta && notes.length > meta.stops.length) {
      problems.error({
        file: text.file,
        line: text.source.lineOf(['stop_notes', meta.stops.length]),
        field: `stop_notes[${meta.stops.length}]`,
        message: `there are ${notes.length} notes for ${meta.stops.length} stops`,
        hint: 'one note per stop in meta.yaml, in the same order',
      })
    }
  }
}

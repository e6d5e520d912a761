/**
 * Reads a content folder: parses every YAML and Markdown file, validates each
 * against its zod schema and renders bodies. Cross-file rules (references,
 * bounds, images) live in ./references.ts. Problems are collected, never thrown.
 */
import {
  ENTITY_KINDS,
  LOCALES,
  categoriesSchema,
  gazetteerSchema,
  idSchema,
  metaSchemas,
  siteSchema,
  textSchemas,
  type EntityKind,
  type Locale,
} from '../schema.ts'
import { splitFrontMatter } from './front-matter.ts'
import { createMarkdownRenderer, type MarkdownRenderer } from './markdown.ts'
import type { ProblemList } from './problems.ts'
import type { SourceFiles } from './source-files.ts'
import type { Entities, Entity, LoadedContent, MetaOf, TextFile, TextOf, YamlFile } from './types.ts'
import { parseYaml, type YamlSource } from './yaml-source.ts'
import { validateWith } from './zod-issues.ts'
import type { z } from 'zod'

/** Schema file names, as referenced from the first line of each YAML file. */
export const SCHEMA_NAMES = {
  site: 'site',
  categories: 'categories',
  gazetteer: 'gazetteer',
  places: 'place',
  itineraries: 'itinerary',
  events: 'event',
} as const

/** Folders and files in the content root that are not entities. */
const OTHER_ROOT_ENTRIES = new Set(['site.yaml', 'categories.yaml', 'gazetteer.yaml', 'schema', 'basemap', 'brand'])

export async function loadContent(files: SourceFiles, problems: ProblemList): Promise<LoadedContent> {
  const renderers = Object.fromEntries(LOCALES.map((l) => [l, createMarkdownRenderer(l)])) as Record<
    Locale,
    MarkdownRenderer
  >
  const [site, categories, gazetteer, places, itineraries, events] = await Promise.all([
    loadYamlFile(files, problems, 'site.yaml', siteSchema, './schema/site.schema.json', true),
    loadYamlFile(files, problems, 'categories.yaml', categoriesSchema, './schema/categories.schema.json', true),
    loadYamlFile(files, problems, 'gazetteer.yaml', gazetteerSchema, './schema/gazetteer.schema.json', false),
    loadKind(files, problems, 'places', renderers),
    loadKind(files, problems, 'itineraries', renderers),
    loadKind(files, problems, 'events', renderers),
  ])
  await reportUnknownRootEntries(files, problems)
  const entities: Entities = { places, itineraries, events }
  return { dir: files.dir, site, categories, gazetteer, entities }
}

async function loadYamlFile<S extends z.ZodType>(
  files: SourceFiles,
  problems: ProblemList,
  file: string,
  schema: S,
  schemaRef: string,
  required: boolean,
): Promise<YamlFile<z.output<S>>> {
  const text = await files.text(file)
  if (text === undefined) {
    const report = required ? problems.error.bind(problems) : problems.warn.bind(problems)
    report({ file, message: 'the file is missing', hint: 'create it; content/README.md shows an example' })
    return { file, source: emptySource }
  }
  checkSchemaComment(text, file, schemaRef, problems)
  const source = parseYaml(text, file, problems)
  if (source.value === undefined && text.trim() !== '') return { file, source }
  return { file, source, data: validateWith(schema, source.value, { file, source, problems }) }
}

async function loadKind<K extends EntityKind>(
  files: SourceFiles,
  problems: ProblemList,
  kind: K,
  renderers: Record<Locale, MarkdownRenderer>,
): Promise<Entity<K>[]> {
  const entries = (await files.list(kind)) ?? []
  const loaded = await Promise.all(
    entries.map(async (entry) => {
      const folder = `${kind}/${entry.name}`
      if (!entry.isDirectory) {
        problems.warn({
          file: folder,
          message: `only folders belong in ${kind}/; this file is ignored`,
          hint: `move it into the folder of the entry it belongs to, e.g. ${kind}/<id>/`,
        })
        return undefined
      }
      if (!idSchema.safeParse(entry.name).success) {
        problems.error({
          file: folder,
          message: `"${entry.name}" is not a valid id`,
          hint: 'folder names are ids: lower-case letters, digits and single hyphens, e.g. cho-sat',
        })
        return undefined
      }
      return loadEntity(files, problems, kind, entry.name, renderers)
    }),
  )
  return loaded.filter((e): e is Entity<K> => e !== undefined)
}

async function loadEntity<K extends EntityKind>(
  files: SourceFiles,
  problems: ProblemList,
  kind: K,
  id: string,
  renderers: Record<Locale, MarkdownRenderer>,
): Promise<Entity<K>> {
  const folder = `${kind}/${id}`
  const names = new Set(((await files.list(folder)) ?? []).filter((e) => !e.isDirectory).map((e) => e.name))
  const metaFile = `${folder}/meta.yaml`
  const schemaRef = `../../schema/${SCHEMA_NAMES[kind]}.schema.json`
  const metaPromise = names.has('meta.yaml')
    ? loadYamlFile(files, problems, metaFile, metaSchemas[kind], schemaRef, true)
    : Promise.resolve(reportMissingMeta(metaFile, problems))

  for (const name of names) {
    if (name.endsWith('.md') && !(LOCALES as readonly string[]).includes(name.slice(0, -3))) {
      problems.error({
        file: `${folder}/${name}`,
        message: `"${name.slice(0, -3)}" is not a known locale`,
        hint: `text files are named after their locale: ${LOCALES.map((l) => `${l}.md`).join(', ')}`,
      })
    }
  }
  const textEntries = await Promise.all(
    LOCALES.filter((locale) => names.has(`${locale}.md`)).map(
      async (locale) =>
        [locale, await loadText(files, problems, kind, `${folder}/${locale}.md`, locale, renderers[locale])] as const,
    ),
  )
  const texts: Partial<Record<Locale, TextFile<TextOf<K>>>> = {}
  for (const [locale, text] of textEntries) if (text) texts[locale] = text

  return { kind, id, folder, meta: (await metaPromise) as YamlFile<MetaOf<K>>, texts, files: names }
}

function reportMissingMeta(file: string, problems: ProblemList): YamlFile<never> {
  problems.error({
    file,
    message: 'the file is missing',
    hint: 'every entry needs a meta.yaml with its language-neutral facts; see content/README.md',
  })
  return { file, source: emptySource }
}

async function loadText<K extends EntityKind>(
  files: SourceFiles,
  problems: ProblemList,
  kind: K,
  file: string,
  locale: Locale,
  render: MarkdownRenderer,
): Promise<TextFile<TextOf<K>> | undefined> {
  const text = await files.text(file)
  if (text === undefined) return undefined
  const split = splitFrontMatter(text)
  if (!split.ok) {
    problems.error({ file, line: split.line, message: split.message, hint: split.hint })
    return undefined
  }
  const { frontMatter, frontMatterOffset, body, bodyOffset } = split.parts
  const source = parseYaml(frontMatter, file, problems, frontMatterOffset)
  const value = source.value
  const written = new Set(isRecord(value) ? Object.keys(value) : [])
  const data =
    value === undefined && frontMatter.trim() !== ''
      ? undefined
      : (validateWith(textSchemas[kind], value, { file, source, problems }) as TextOf<K> | undefined)

  const rendered = render(body)
  for (const issue of rendered.issues) {
    problems.error({ file, line: bodyOffset + issue.line, field: 'body', message: issue.message, hint: issue.hint })
  }
  return { locale, file, source, data, written, bodyHtml: rendered.html }
}

function checkSchemaComment(text: string, file: string, schemaRef: string, problems: ProblemList): void {
  const expected = `# yaml-language-server: $schema=${schemaRef}`
  if (text.split('\n', 1)[0]?.trim() === expected) return
  problems.warn({
    file,
    line: 1,
    message: 'the first line does not point editors at the schema',
    hint: `start the file with \`${expected}\` so your editor completes and checks fields`,
  })
}

async function reportUnknownRootEntries(files: SourceFiles, problems: ProblemList): Promise<void> {
  for (const entry of (await files.list('')) ?? []) {
    const known =
      OTHER_ROOT_ENTRIES.has(entry.name) ||
      (ENTITY_KINDS as readonly string[]).includes(entry.name) ||
      entry.name.endsWith('.md')
    if (!known) {
      problems.warn({
        file: entry.name,
        message: 'is not part of the content model and is ignored',
        hint: `entries go in ${ENTITY_KINDS.map((k) => `${k}/`).join(', ')}; see content/README.md`,
      })
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const emptySource: YamlSource = { value: undefined, lineOf: () => 0 }

/** Shapes of loaded (parsed, not yet cross-checked) content, shared by the build steps. */
import type { z } from 'zod'
import type { Category, EntityKind, GazetteerEntry, Locale, Site, metaSchemas, textSchemas } from '../schema.ts'
import type { YamlSource } from './yaml-source.ts'

export type MetaOf<K extends EntityKind> = z.output<(typeof metaSchemas)[K]>
export type TextOf<K extends EntityKind> = z.output<(typeof textSchemas)[K]>

export interface YamlFile<T> {
  /** Path relative to the content folder. */
  file: string
  source: YamlSource
  /** The validated data; undefined when the file is missing or invalid (problems say why). */
  data?: T
}

export interface TextFile<T> {
  locale: Locale
  file: string
  source: YamlSource
  /** Validated front matter; undefined when invalid. */
  data?: T
  /** Front-matter fields written in the file, to tell a translation from a schema default. */
  written: ReadonlySet<string>
  /** Rendered Markdown body; empty when the file has no body. */
  bodyHtml: string
}

export interface Entity<K extends EntityKind = EntityKind> {
  kind: K
  id: string
  /** e.g. `places/cho-sat` */
  folder: string
  meta: YamlFile<MetaOf<K>>
  texts: Partial<Record<Locale, TextFile<TextOf<K>>>>
  /** Names of the files in the entity's folder. */
  files: ReadonlySet<string>
}

export type Entities = { [K in EntityKind]: Entity<K>[] }

export interface LoadedContent {
  /** Absolute path of the content folder. */
  dir: string
  site: YamlFile<Site>
  categories: YamlFile<Category[]>
  gazetteer: YamlFile<GazetteerEntry[]>
  entities: Entities
}

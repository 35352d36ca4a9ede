import { numberAfter, type RecordFormat } from './run'

/** The file "My templates" exports: a list of templates, each a record of its own (./template.ts). */

export const TEMPLATES_FILE_SCHEMA = 'journey-lanes/templates/1' as const

export const TEMPLATES_FILE: RecordFormat = {
  current: TEMPLATES_FILE_SCHEMA,
  // Version 1 is the first one written; the entries migrate on their own, so only a change to the wrapper goes here.
  migrations: [],
  versionOf: (schema) => numberAfter('journey-lanes/templates/', schema),
}

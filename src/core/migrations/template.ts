import { numberAfter, type RecordFormat } from './run'

/** One saved template in figma.clientStorage, and each template in an export file (core/templates/saved.ts). */

export const TEMPLATE_SCHEMA = 'journey-lanes/template/1' as const

export const TEMPLATE: RecordFormat = {
  current: TEMPLATE_SCHEMA,
  // Version 1 is the first one stored; a change to a template's fields appends its migration here.
  migrations: [],
  versionOf: (schema) => numberAfter('journey-lanes/template/', schema),
}

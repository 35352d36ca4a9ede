import { SCHEMA_VERSION } from '../model/journey'
import { numberAfter, type RecordFormat } from './run'

/**
 * The Journey JSON file (core/export/json.ts writes it, core/import/json.ts reads it): the
 * journey exactly as the model holds it, so its version is the model's.
 */

export const JOURNEY_FILE: RecordFormat = {
  current: SCHEMA_VERSION,
  // Version 1 is the first one written; a change to the Journey schema appends its migration here.
  migrations: [],
  versionOf: (schema) => numberAfter('journey-lanes/', schema),
}

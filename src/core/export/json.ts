import { SCHEMA_VERSION, type Journey } from '../model/journey'

/**
 * The journey as pretty-printed JSON, its schema version first, so a later plugin can read
 * it back through the journey file's migrations (core/migrations/journey-file.ts).
 */
export function toJson(journey: Journey): string {
  const versioned: Journey = Object.assign({ schema: SCHEMA_VERSION }, journey, { schema: SCHEMA_VERSION })
  return `${JSON.stringify(versioned, null, 2)}\n`
}

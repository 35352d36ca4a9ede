import { SCHEMA_VERSION, type Journey } from '../model/journey'

/** The journey as pretty-printed JSON, its schema version first, so it can be read back and migrated. */
export function toJson(journey: Journey): string {
  const versioned: Journey = Object.assign({ schema: SCHEMA_VERSION }, journey, { schema: SCHEMA_VERSION })
  return `${JSON.stringify(versioned, null, 2)}\n`
}

import { JOURNEY_FILE } from '../migrations/journey-file'
import { migrate } from '../migrations/run'
import { checkJourney } from '../model/check-journey'
import type { Journey } from '../model/journey'
import type { Problems } from './problems'

/**
 * A journey as our exporter writes it, of this version or brought up to it by its
 * migrations; every problem `checkJourney` finds refuses the file, and so does a file
 * from a newer plugin, whose fields only that plugin knows.
 */
export function readJson(text: string, problems: Problems): Journey | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    problems.fatal('import.jsonSyntax', { detail: e instanceof Error ? e.message : String(e) })
    return null
  }
  const migrated = migrate(JOURNEY_FILE, value)
  if (!migrated.ok && migrated.problem === 'newer') {
    problems.fatal('import.jsonNewer')
    return null
  }
  // Not a journey's schema id: checkJourney says what is wrong with it.
  const checked = checkJourney(migrated.ok ? migrated.fields : value)
  if (checked.ok) return checked.journey
  for (const m of checked.problems) problems.add('fatal', m.key, m.params)
  return null
}

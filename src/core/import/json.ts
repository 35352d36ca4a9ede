import { checkJourney } from '../model/check-journey'
import type { Journey } from '../model/journey'
import type { Problems } from './problems'

/** A journey as our exporter writes it; every problem `checkJourney` finds refuses the file. */
export function readJson(text: string, problems: Problems): Journey | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    problems.fatal('import.jsonSyntax', { detail: e instanceof Error ? e.message : String(e) })
    return null
  }
  const checked = checkJourney(value)
  if (checked.ok) return checked.journey
  for (const m of checked.problems) problems.add('fatal', m.key, m.params)
  return null
}

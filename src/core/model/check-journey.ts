import type { Message } from '../i18n'
import { UserError } from '../i18n/user-error'
import { JourneyShapeSchema, type Journey } from './journey'

export type CheckResult = { ok: true; journey: Journey } | { ok: false; problems: Message[] }

/**
 * Validates untrusted data as a Journey that can be drawn: the zod shape first, then
 * the rules that span fields (references, unique ids, scores on the scale). Returns
 * every problem found, not just the first, so the panel can list them all.
 */
export function checkJourney(input: unknown): CheckResult {
  const parsed = JourneyShapeSchema.safeParse(input)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    if (first?.message === 'scale.order') return { ok: false, problems: [{ key: 'error.badScale' }] }
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ')
    return { ok: false, problems: [{ key: 'error.badJourney', params: { detail } }] }
  }
  const j = parsed.data
  const problems: Message[] = []
  if (j.title.trim() === '') problems.push({ key: 'error.emptyTitle' })
  if (j.stages.length === 0) problems.push({ key: 'error.noStages' })
  if (j.lanes.length === 0) problems.push({ key: 'error.noLanes' })
  j.stages.forEach((s, i) => {
    if (s.name.trim() === '') problems.push({ key: 'error.emptyStageName', params: { n: i + 1 } })
  })

  const seen = new Set<string>()
  for (const id of [...j.stages, ...j.lanes, ...j.personas, ...j.cards, ...j.emotions].map((x) => x.id)) {
    if (seen.has(id)) problems.push({ key: 'error.duplicateId', params: { id } })
    seen.add(id)
  }

  const stages = new Map(j.stages.map((s) => [s.id, s]))
  const lanes = new Set(j.lanes.map((l) => l.id))
  const personas = new Set(j.personas.map((p) => p.id))
  for (const c of j.cards) {
    if (!stages.has(c.stageId)) problems.push({ key: 'error.unknownStage', params: { id: c.stageId } })
    if (!lanes.has(c.laneId)) problems.push({ key: 'error.unknownLane', params: { id: c.laneId } })
    if (c.personaId !== undefined && !personas.has(c.personaId))
      problems.push({ key: 'error.unknownPersona', params: { id: c.personaId } })
  }
  for (const e of j.emotions) {
    const stage = stages.get(e.stageId)
    if (!stage) {
      problems.push({ key: 'error.unknownStage', params: { id: e.stageId } })
      continue
    }
    if (e.personaId !== undefined && !personas.has(e.personaId))
      problems.push({ key: 'error.unknownPersona', params: { id: e.personaId } })
    if (e.score < j.scale.min || e.score > j.scale.max)
      problems.push({
        key: 'error.scoreOutOfRange',
        params: { score: e.score, stage: stage.name, min: j.scale.min, max: j.scale.max },
      })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, journey: j }
}

/** The journey as checkJourney sees it, or the first problem as a sentence for the person. */
export function checkedJourney(input: unknown): Journey {
  const checked = checkJourney(input)
  if (checked.ok) return checked.journey
  const [first] = checked.problems
  throw first ? new UserError(first.key, first.params) : new UserError('error.badJourney', { detail: '?' })
}

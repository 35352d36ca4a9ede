import type { EmotionState } from '../layout/emotion-model'
import type { MapRecord } from '../board/map-record'
import type { SyncMap, SyncMoment, WireMessage } from '../protocol/messages'

/** Scores as the panel shows them: to a tenth. */
const round1 = (n: number): number => Math.round(n * 10) / 10 || 0

/** The title a person sees: the section's name as it is now, else the stored one. */
export function mapTitle(sectionName: string, record: MapRecord | null): string {
  const name = sectionName.trim()
  return name !== '' ? name : (record?.title ?? '')
}

/** What the panel lists for a synced map: its moments of truth by stage, and the stickies that do not count. */
export function syncedMap(sectionId: string, title: string, record: MapRecord, state: EmotionState): SyncMap {
  const stages = new Map(record.stages.map((s) => [s.id, s.name]))
  const personas = new Map(record.personas.map((p) => [p.id, p.name]))
  const moments = state.moments.map((m): SyncMoment => {
    const moment: SyncMoment = { kind: m.kind, stageName: stages.get(m.stageId) ?? m.stageId, score: round1(m.score) }
    const persona = m.personaId === null ? undefined : personas.get(m.personaId)
    if (persona !== undefined) moment.personaName = persona
    return moment
  })
  const map: SyncMap = { sectionId, title, moments, outside: state.outside.length }
  if (state.notes.length > 0) map.notes = state.notes.length
  return map
}

/** A map live sync cannot keep up to date, and why. */
export function troubledMap(sectionId: string, title: string, problem: WireMessage): SyncMap {
  return { sectionId, title, moments: [], outside: 0, problem }
}

/** Same maps, same order, same content: nothing new to tell the panel. */
export function sameStatus(a: readonly SyncMap[], b: readonly SyncMap[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

import type { Emotion, Persona } from '../../model/journey'
import { clip } from '../../model/normalize'
import type { ScoreRead } from '../../model/scores'
import { MAX_EMOTIONS, MAX_TEXT } from './limits'
import { thinEvenly } from './thin-emotions'

export interface PendingScore {
  stage: number
  read: ScoreRead
  raw: string
  persona: number
  participant: string | undefined
  note: string | undefined
  row: number | null
  column: string | null
  /** text kept as an emotion-lane note when the score cannot be used (undefined: the row's note is kept elsewhere) */
  keep: string | undefined
}

/** Scores put on the journey's scale, and the pending scores they came from. */
export interface ScoredPoints {
  readable: PendingScore[]
  scores: number[]
}

/** The emotion points; past MAX_EMOTIONS, each stage's and persona's scores are thinned evenly. */
export function makeEmotions(stages: readonly { id: string }[], personas: readonly Persona[], { readable, scores }: ScoredPoints): Emotion[] {
  // Points are made only for the scores kept.
  let kept: readonly number[] | null = null
  if (readable.length > MAX_EMOTIONS) {
    kept = thinEvenly(
      // One group per stage and persona (persona -1..49 fits in 6 bits).
      readable.map((p) => p.stage * 64 + p.persona + 1),
      scores,
      MAX_EMOTIONS,
    )
  }

  const perStage = new Array<number>(stages.length).fill(0)
  const emotions: Emotion[] = []
  const n = kept ? kept.length : readable.length
  for (let k = 0; k < n; k++) {
    const i = kept ? kept[k]! : k
    const p = readable[i]!
    const count = ++perStage[p.stage]!
    const emotion: Emotion = { id: `e-${p.stage}-${count}`, stageId: stages[p.stage]!.id, score: scores[i]! }
    const persona = p.persona >= 0 ? personas[p.persona] : undefined
    if (persona) emotion.personaId = persona.id
    if (p.participant !== undefined) emotion.participant = p.participant
    if (p.note !== undefined) emotion.note = clip(p.note, MAX_TEXT)
    emotions.push(emotion)
  }
  return emotions
}

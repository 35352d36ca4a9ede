import { translate } from '../i18n'
import type { Card, Journey } from '../model/journey'

/**
 * A Mermaid `journey` diagram: a section per stage, a task per card of the
 * actions lane (or of the first lane when there is none), each scored with its
 * stage's mean emotion on Mermaid's 1..5 and done by the personas.
 */

/**
 * Mermaid's journey grammar stops a name at `:`, `;`, `#` or a line break; it
 * decodes `#<code>;` entities before parsing, so those are written as entities
 * and line breaks become spaces.
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[#:;]/g, (c) => `#${c.charCodeAt(0)};`)
    .replace(/%%/g, '%#37;') // `%%` starts a comment
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** An actor name also stops at a comma: actors are a comma-separated list. */
const escapeActor = (name: string): string => escapeMermaid(name).replace(/,/g, '#44;')

/** A stage's mean score on the journey's scale, placed on Mermaid's 1 (worst) .. 5 (best). */
export function mermaidScore(mean: number | null, scale: Journey['scale']): number {
  if (mean === null) return 3
  const t = (mean - scale.min) / (scale.max - scale.min)
  return Math.min(5, Math.max(1, Math.round(1 + 4 * t)))
}

export function toMermaid(journey: Journey): string {
  const taskLane = journey.lanes.find((l) => l.kind === 'actions') ?? journey.lanes[0]
  const personaName = new Map(journey.personas.map((p) => [p.id, p.name]))
  const everyone = journey.personas.map((p) => p.name).filter((n) => n.trim() !== '')
  const fallbackActor = translate(journey.locale, 'export.defaultActor')
  const actorsOf = (card: Card | null): string => {
    const own = card?.personaId !== undefined ? personaName.get(card.personaId) : undefined
    const names = own?.trim() ? [own] : everyone.length > 0 ? everyone : [fallbackActor]
    return names.map(escapeActor).join(', ')
  }

  const lines = ['journey']
  const title = escapeMermaid(journey.title)
  if (title !== '') lines.push(`  title ${title}`)
  for (const stage of journey.stages) {
    const scores = journey.emotions.filter((e) => e.stageId === stage.id).map((e) => e.score)
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null
    const score = mermaidScore(mean, journey.scale)
    const name = escapeMermaid(stage.name) || '…'
    lines.push(`  section ${name}`)
    const cards = taskLane ? journey.cards.filter((c) => c.stageId === stage.id && c.laneId === taskLane.id) : []
    // A stage without tasks would vanish from the diagram, its score with it: it gets one task of its own name.
    if (cards.length === 0) lines.push(`    ${name}: ${score}: ${actorsOf(null)}`)
    for (const card of cards) {
      const task = escapeMermaid(card.text) || '…'
      const count = card.count !== undefined && card.count > 1 ? ` ×${card.count}` : ''
      lines.push(`    ${task}${count}: ${score}: ${actorsOf(card)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

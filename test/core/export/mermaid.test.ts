import { describe, expect, it } from 'vitest'
import { escapeMermaid, mermaidScore, toMermaid } from '../../../src/core/export'
import type { Journey } from '../../../src/core/model/journey'
import { createTemplate, makeLane } from '../../../src/core/templates/built-in'
import { workshopJourney } from '../../sandbox/journeys'

describe('toMermaid', () => {
  it('writes a journey diagram: title, a section per stage, a task per actions card with the stage’s score', () => {
    expect(toMermaid(workshopJourney())).toBe(
      [
        'journey',
        '  title Customer journey',
        '  section Awareness',
        '    Sees an ad on the metro: 4: Customer',
        '    Asks a friend: 4: Customer',
        '  section Consideration',
        '    Consideration: 2: Customer',
        '  section Purchase',
        '    Purchase: 1: Customer',
        '  section Use',
        '    Use: 3: Customer',
        '  section Loyalty',
        '    Recommends to a colleague: 5: Customer',
        '',
      ].join('\n'),
    )
  })

  it('maps the stage’s mean score onto 1..5 from any scale', () => {
    expect(mermaidScore(-2, { min: -2, max: 2 })).toBe(1)
    expect(mermaidScore(0.4, { min: -2, max: 2 })).toBe(3)
    expect(mermaidScore(10, { min: 0, max: 10 })).toBe(5)
    expect(mermaidScore(4, { min: 1, max: 7 })).toBe(3)
    expect(mermaidScore(null, { min: 1, max: 7 })).toBe(3)
    const journey: Journey = {
      ...workshopJourney(),
      emotions: [
        { id: 'a', stageId: 's1', score: 2 },
        { id: 'b', stageId: 's1', score: -2 },
      ],
    }
    expect(toMermaid(journey)).toContain('    Sees an ad on the metro: 3: Customer')
  })

  it('names personas as actors: the card’s own, else all of them', () => {
    const base = workshopJourney()
    const journey: Journey = {
      ...base,
      personas: [
        { id: 'p1', name: 'Anna', color: '#FF0000' },
        { id: 'p2', name: 'Boris, 60', color: '#00FF00' },
      ],
      cards: [
        { id: 'c1', stageId: 's1', laneId: 'actions', text: 'Reads reviews', personaId: 'p1' },
        { id: 'c2', stageId: 's1', laneId: 'actions', text: 'Calls support' },
      ],
    }
    const out = toMermaid(journey)
    expect(out).toContain('    Reads reviews: 4: Anna\n')
    expect(out).toContain('    Calls support: 4: Anna, Boris#44; 60\n')
  })

  it('escapes what the grammar cannot take in names: colons, semicolons, hashes and line breaks', () => {
    expect(escapeMermaid('Step 1: pay; then #2\nagain')).toBe('Step 1#58; pay#59; then #35;2 again')
    expect(escapeMermaid('%%not a comment')).toBe('%#37;not a comment')
    const journey: Journey = {
      ...workshopJourney(),
      title: 'Q3: onboarding #1',
      stages: [{ id: 's1', name: 'Sign-up; day 1' }],
      cards: [{ id: 'c', stageId: 's1', laneId: 'actions', text: 'Types e-mail:\nfails' }],
      emotions: [],
    }
    expect(toMermaid(journey)).toBe(
      ['journey', '  title Q3#58; onboarding #35;1', '  section Sign-up#59; day 1', '    Types e-mail#58; fails: 3: Customer', ''].join('\n'),
    )
  })

  it('uses the first lane when there is no actions lane, says how many notes a merged card stands for, and speaks the journey’s language', () => {
    const ru = createTemplate('blank', 'ru')
    const journey: Journey = {
      ...ru,
      lanes: [makeLane('barriers', 'ru'), makeLane('emotion', 'ru')],
      cards: [{ id: 'c', stageId: 's1', laneId: 'barriers', text: 'Очередь', count: 12 }],
    }
    expect(toMermaid(journey)).toBe(['journey', '  title Новый путь', '  section Этап 1', '    Очередь ×12: 3: Клиент', ''].join('\n'))
  })
})

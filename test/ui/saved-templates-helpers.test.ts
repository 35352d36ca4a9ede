import { describe, expect, it } from 'vitest'
import { TEMPLATE_SCHEMA, type UserTemplate } from '../../src/core/templates/saved'
import { NO_WORKSHOP, type Workshop } from '../../src/core/model/workshop'
import { boardLanes, draftFromJourney, isDraftEmpty } from '../../ui/draft/draft'
import { reduceDraft } from '../../ui/draft/ops'
import { draftFromTemplate } from '../../ui/draft/editor-state'
import { choiceOf, draftFromSaved, setupFromDraft, templateNamed } from '../../ui/templates/saved'
import { withPersona, withPersonaField, withPlaceholders } from '../../ui/draft/workshop-options'
import { createTemplate } from '../../src/core/templates/built-in'

describe('workshop options', () => {
  it('takes 0 to 5 blank stickies per cell, rounding and clamping what a control gives', () => {
    expect(withPlaceholders(NO_WORKSHOP, '3').placeholders).toBe(3)
    expect(withPlaceholders(NO_WORKSHOP, '9').placeholders).toBe(5)
    expect(withPlaceholders(NO_WORKSHOP, '-1').placeholders).toBe(0)
    expect(withPlaceholders({ ...NO_WORKSHOP, placeholders: 2 }, '').placeholders).toBe(2)
    expect(withPlaceholders({ ...NO_WORKSHOP, placeholders: 2 }, 'many').placeholders).toBe(2)
  })

  it('brings back what the persona card said when it is switched off and on again', () => {
    const on = withPersonaField(withPersona(NO_WORKSHOP, true, null), 'name', 'Ana')
    expect(on.persona).toEqual({ name: 'Ana', description: '', goals: '' })
    const off = withPersona(on, false, null)
    expect(off.persona).toBeNull()
    expect(withPersona(off, true, on.persona).persona).toEqual({ name: 'Ana', description: '', goals: '' })
  })
})

describe('my templates in the builder', () => {
  const workshop: Workshop = { placeholders: 2, hints: true, persona: null, parkingLot: true }

  it('saves the lanes switched on in board order with the workshop options, and no cards', () => {
    let draft = draftFromJourney(createTemplate('blueprint', 'en'), 'en', workshop)
    draft = reduceDraft(draft, { type: 'setCell', stageId: 's1', laneId: 'actions', text: 'Walks in' })
    draft = reduceDraft(draft, { type: 'toggleLane', laneId: 'emotion', enabled: true })
    const setup = setupFromDraft(draft)
    expect(setup.lanes.map((l) => l.id)).toEqual(['touchpoints', 'actions', 'frontstage', 'backstage', 'support', 'emotion'])
    expect(setup.workshop).toEqual(workshop)
    expect(JSON.stringify(setup)).not.toContain('Walks in')
  })

  it('starts a draft from a saved template: its structure, hints and workshop options, nothing typed', () => {
    const setup = setupFromDraft(draftFromJourney({ ...createTemplate('dtf', 'en'), title: 'Clinic visit' }, 'en', workshop))
    const template: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'x', name: 'Clinic', savedAt: 0, setup }
    const draft = draftFromSaved(template, 'en')
    expect(draft.title).toBe('Clinic visit')
    expect(draft.stages.map((s) => s.name)).toEqual(['Before', 'During', 'After'])
    expect(boardLanes(draft).map((l) => l.title)).toEqual(['Do', 'Think', 'Feel'])
    expect(draft.workshop).toEqual(workshop)
    expect(isDraftEmpty(draft)).toBe(true)
    expect(draftFromTemplate('dtf', 'en').workshop).toEqual(NO_WORKSHOP)
  })

  it('knows a select value by its template, and forgets one no longer saved', () => {
    const template: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'x', name: 'Clinic', savedAt: 0, setup: setupFromDraft(draftFromTemplate('blank', 'en')) }
    expect(choiceOf('dtf', [])).toEqual({ kind: 'builtin', id: 'dtf' })
    expect(choiceOf('saved:x', [template])).toEqual({ kind: 'saved', template })
    expect(choiceOf('saved:x', [])).toBeNull()
    expect(templateNamed('  clinic ', [template])).toBe(template)
    expect(templateNamed('Clinic 2', [template])).toBeUndefined()
  })
})

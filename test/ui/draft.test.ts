import { describe, expect, it } from 'vitest'
import { checkJourney } from '../../src/core/model/check-journey'
import { createTemplate } from '../../src/core/templates/built-in'
import { CATALOG_KINDS, cellLines, draftFromJourney, isDraftEmpty, journeyFromDraft, type Draft } from '../../ui/draft/draft'
import {
  addCustomLane,
  addStage,
  moveStage,
  reduceDraft,
  removeLane,
  removeStage,
  renameStage,
  retitleLane,
  setCell,
  setLocale,
  setScale,
  setScore,
  toggleLane,
} from '../../ui/draft/ops'

const customer = (locale: 'en' | 'ru' = 'en'): Draft => draftFromJourney(createTemplate('customer', locale))
const ids = (d: Draft) => d.stages.map((s) => s.id)

describe('draftFromJourney / journeyFromDraft', () => {
  it('round-trips the customer template into a journey that checkJourney accepts', () => {
    const journey = journeyFromDraft(customer())
    const check = checkJourney(journey)
    expect(check.ok).toBe(true)
    expect(journey).toEqual(createTemplate('customer', 'en'))
  })

  it('also accepts the blank template, in Russian', () => {
    const check = checkJourney(journeyFromDraft(draftFromJourney(createTemplate('blank', 'ru'))))
    expect(check.ok).toBe(true)
  })

  it('lists every catalog lane once, in catalog order, only the template ones on', () => {
    const d = customer()
    expect(d.lanes.map((l) => l.kind)).toEqual([...CATALOG_KINDS])
    expect(d.lanes.filter((l) => l.enabled).map((l) => l.id)).toEqual([
      'actions',
      'goals',
      'questions',
      'barriers',
      'emotion',
      'touchpoints',
    ])
  })

  it('turns cards back into lines and several scores into their rounded mean', () => {
    const j = createTemplate('customer', 'en')
    j.cards = [
      { id: 'a', stageId: 's1', laneId: 'actions', text: 'Searches' },
      { id: 'b', stageId: 's1', laneId: 'actions', text: 'Reads\nreviews' },
    ]
    j.emotions = [
      { id: 'p1', stageId: 's2', score: 1 },
      { id: 'p2', stageId: 's2', score: 2 },
    ]
    const d = draftFromJourney(j)
    expect(d.cells.s1?.actions).toBe('Searches\nReads reviews')
    expect(d.scores.s2).toBe(2)
    expect(d.scores.s1).toBeNull()
  })

  it('keeps a loaded map’s own lane ids, board order and titles', () => {
    const j = createTemplate('blank', 'en')
    j.lanes = [
      { id: 'L9', kind: 'custom', title: 'Channels' },
      { id: 'L1', kind: 'actions', title: 'Do' },
    ]
    const d = draftFromJourney(j, 'ru')
    expect(d.locale).toBe('ru')
    expect(journeyFromDraft(d).lanes).toEqual([
      { id: 'L9', kind: 'custom', title: 'Channels' },
      { id: 'L1', kind: 'actions', title: 'Do' },
    ])
    // A lane switched on afterwards joins at the bottom of the board.
    const on = toggleLane(d, d.lanes.find((l) => l.kind === 'goals')!.id, true)
    expect(journeyFromDraft(on).lanes.map((l) => l.id)).toEqual(['L9', 'L1', 'goals'])
  })

  it('keeps a service blueprint’s lanes in its own order, with their hints', () => {
    const lanes = journeyFromDraft(draftFromJourney(createTemplate('blueprint', 'en'))).lanes
    expect(lanes.map((l) => l.title)).toEqual(['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes'])
    expect(lanes[2]?.hint).toBe('What do our people do where the customer sees it?')
  })
})

describe('cards from cell text', () => {
  it('makes one card per non-empty trimmed line, ignoring blank lines', () => {
    expect(cellLines('  one \n\n   \r\ntwo\r\n')).toEqual(['one', 'two'])
    const d = setCell(customer(), 's2', 'barriers', 'Too many tabs\n\n  Price unclear  \n')
    const cards = journeyFromDraft(d).cards
    expect(cards).toEqual([
      { id: 's2/barriers/1', stageId: 's2', laneId: 'barriers', text: 'Too many tabs' },
      { id: 's2/barriers/2', stageId: 's2', laneId: 'barriers', text: 'Price unclear' },
    ])
  })

  it('leaves out the cards of a lane that is switched off, and brings them back when on', () => {
    let d = setCell(customer(), 's1', 'goals', 'Find a fit')
    d = toggleLane(d, 'goals', false)
    expect(journeyFromDraft(d).cards).toEqual([])
    expect(journeyFromDraft(d).lanes.map((l) => l.id)).not.toContain('goals')
    d = toggleLane(d, 'goals', true)
    expect(journeyFromDraft(d).cards).toHaveLength(1)
  })

  it('emits one emotion per scored stage, only while the emotion lane is on', () => {
    let d = setScore(customer(), 's3', -1)
    d = setScore(d, 's4', 2)
    expect(journeyFromDraft(d).emotions).toEqual([
      { id: 'e-s3', stageId: 's3', score: -1 },
      { id: 'e-s4', stageId: 's4', score: 2 },
    ])
    expect(journeyFromDraft(toggleLane(d, 'emotion', false)).emotions).toEqual([])
    expect(journeyFromDraft(setScore(d, 's3', null)).emotions).toHaveLength(1)
  })
})

describe('stages', () => {
  it('adds stages with fresh ids that collide with nothing', () => {
    let d = customer()
    d = addStage(d)
    d = addStage(d)
    expect(ids(d)).toEqual(['s1', 's2', 's3', 's4', 's5', 's-1', 's-2'])
    expect(d.stages[5]?.name).toBe('Stage 6')
    // A stage already called s-3 (e.g. from a loaded map) is skipped over.
    d = { ...d, stages: [...d.stages, { id: 's-3', name: 'X' }] }
    expect(addStage(d).stages.at(-1)?.id).toBe('s-4')
    expect(checkJourney(journeyFromDraft(addStage(d))).ok).toBe(true)
  })

  it('keeps ids when a stage is renamed or moved', () => {
    let d = setCell(customer(), 's2', 'actions', 'Compares')
    d = renameStage(d, 's2', 'Compare')
    d = moveStage(d, 's2', 1)
    expect(ids(d)).toEqual(['s1', 's3', 's2', 's4', 's5'])
    expect(d.stages[2]).toEqual({ id: 's2', name: 'Compare' })
    expect(journeyFromDraft(d).cards[0]?.id).toBe('s2/actions/1')
    expect(ids(moveStage(d, 's1', -1))).toEqual(ids(d))
    expect(ids(moveStage(d, 's5', 5))).toEqual(ids(d))
  })

  it('drops a removed stage’s cards and score', () => {
    let d = setCell(customer(), 's2', 'actions', 'a\nb')
    d = setCell(d, 's3', 'actions', 'c')
    d = setScore(d, 's2', 1)
    d = removeStage(d, 's2')
    const j = journeyFromDraft(d)
    expect(j.stages.map((s) => s.id)).toEqual(['s1', 's3', 's4', 's5'])
    expect(j.cards.map((c) => c.text)).toEqual(['c'])
    expect(j.emotions).toEqual([])
    expect(d.cells.s2).toBeUndefined()
    expect(checkJourney(j).ok).toBe(true)
  })
})

describe('lanes', () => {
  it('retitles a lane and adds and removes custom lanes with their cells', () => {
    let d = retitleLane(customer(), 'actions', 'Doing')
    d = addCustomLane(d, '  Channels ')
    const custom = d.lanes.at(-1)!
    expect(custom).toMatchObject({ id: 'custom-1', kind: 'custom', title: 'Channels', enabled: true })
    d = setCell(d, 's1', custom.id, 'Email')
    let j = journeyFromDraft(d)
    expect(j.lanes[0]?.title).toBe('Doing')
    expect(j.lanes.at(-1)).toEqual({ id: 'custom-1', kind: 'custom', title: 'Channels' })
    expect(j.cards).toHaveLength(1)
    d = removeLane(d, custom.id)
    j = journeyFromDraft(d)
    expect(j.lanes.map((l) => l.id)).not.toContain('custom-1')
    expect(j.cards).toEqual([])
    // Catalog lanes are switched off, never removed.
    expect(removeLane(d, 'actions')).toBe(d)
  })

  it('gives an emptied title back its default in the journey', () => {
    const j = journeyFromDraft(retitleLane(customer(), 'goals', '  '))
    expect(j.lanes[1]?.title).toBe('Goals & expectations')
  })
})

describe('emotion scale', () => {
  it('rounds and clamps a score onto the scale', () => {
    expect(setScore(customer(), 's1', 7).scores.s1).toBe(2)
    expect(setScore(customer(), 's1', -0.6).scores.s1).toBe(-1)
  })

  it('clamps scores into a new scale and refuses a scale that is not one', () => {
    let d = setScore(customer(), 's1', -2)
    d = setScore(d, 's2', 2)
    d = setScale(d, { min: 1, max: 5 })
    expect(d.scale).toEqual({ min: 1, max: 5 })
    expect(d.scores).toMatchObject({ s1: 1, s2: 2 })
    expect(setScale(d, { min: 3, max: 3 })).toBe(d)
    expect(setScale(d, { min: 0.5, max: 3 })).toBe(d)
    expect(checkJourney(journeyFromDraft(d)).ok).toBe(true)
  })
})

describe('language', () => {
  it('translates default titles and names and keeps the edited ones', () => {
    let d = retitleLane(customer(), 'goals', 'Why they come')
    d = renameStage(d, 's2', 'Compare offers')
    d = addStage(d)
    d = setLocale(d, 'ru')
    const j = journeyFromDraft(d)
    expect(j.locale).toBe('ru')
    expect(j.title).toBe('Путь клиента')
    expect(j.lanes.map((l) => l.title)).toEqual([
      'Действия клиента',
      'Why they come',
      'Вопросы и сложности',
      'Барьеры и ошибки',
      'Эмоции',
      'Точки и объекты касания',
    ])
    expect(j.stages.map((s) => s.name)).toEqual([
      'Осведомлённость',
      'Compare offers',
      'Покупка',
      'Использование',
      'Лояльность',
      'Этап 6',
    ])
    expect(setLocale(d, 'en').lanes[0]?.title).toBe('Actions')
  })
})

describe('reduceDraft and emptiness', () => {
  it('applies actions and tells an empty draft from one with content', () => {
    let d = customer()
    expect(isDraftEmpty(d)).toBe(true)
    d = reduceDraft(d, { type: 'setCell', stageId: 's1', laneId: 'actions', text: '   ' })
    expect(isDraftEmpty(d)).toBe(true)
    d = reduceDraft(d, { type: 'setScore', stageId: 's1', score: 0 })
    expect(isDraftEmpty(d)).toBe(false)
    d = reduceDraft(d, { type: 'setTitle', title: 'Onboarding' })
    expect(journeyFromDraft(d).title).toBe('Onboarding')
  })
})

describe('imported cards and scores keep every field', () => {
  const imported = () => {
    const j = createTemplate('customer', 'en')
    j.personas = [{ id: 'p-anna', name: 'Anna', color: '#ff0000' }]
    j.cards = [
      { id: 'c1', stageId: 's1', laneId: 'actions', text: 'Searches\nonline', count: 3, participant: 'P1' },
      { id: 'c2', stageId: 's1', laneId: 'actions', text: 'Asks a friend', personaId: 'p-anna', evidence: 'int-4' },
      { id: 'c3', stageId: 's2', laneId: 'barriers', text: 'Price unclear', count: 2 },
    ]
    j.emotions = [
      { id: 'm1', stageId: 's2', score: -1, participant: 'P1' },
      { id: 'm2', stageId: 's2', score: 2, participant: 'P2', note: 'liked it' },
      { id: 'm3', stageId: 's3', score: 0.5, personaId: 'p-anna' },
    ]
    return j
  }

  it('generates the imported cards and emotion points unchanged when nothing is edited', () => {
    const j = imported()
    const d = draftFromJourney(j)
    expect(d.cells.s1?.actions).toBe('Searches online\nAsks a friend')
    expect(d.scores.s2).toBe(1)
    const out = journeyFromDraft(d)
    expect(out.cards).toEqual(j.cards)
    expect(out.emotions).toEqual(j.emotions)
    expect(checkJourney(out).ok).toBe(true)
  })

  it('rebuilds only the lines the person changed; untouched lines keep their card', () => {
    let d = draftFromJourney(imported())
    d = setCell(d, 's1', 'actions', 'Asks a friend\nSearches online\nReads reviews')
    const cards = journeyFromDraft(d).cards.filter((c) => c.stageId === 's1')
    expect(cards).toEqual([
      { id: 'c2', stageId: 's1', laneId: 'actions', text: 'Asks a friend', personaId: 'p-anna', evidence: 'int-4' },
      { id: 'c1', stageId: 's1', laneId: 'actions', text: 'Searches\nonline', count: 3, participant: 'P1' },
      { id: 's1/actions/3', stageId: 's1', laneId: 'actions', text: 'Reads reviews' },
    ])
    // A duplicated line is a new plain card: the kept card is used once.
    d = setCell(d, 's2', 'barriers', 'Price unclear\nPrice unclear')
    expect(journeyFromDraft(d).cards.filter((c) => c.stageId === 's2')).toEqual([
      { id: 'c3', stageId: 's2', laneId: 'barriers', text: 'Price unclear', count: 2 },
      { id: 's2/barriers/2', stageId: 's2', laneId: 'barriers', text: 'Price unclear' },
    ])
  })

  it('gives new lines ids no kept card uses', () => {
    const j = createTemplate('customer', 'en')
    j.cards = [{ id: 's1/actions/2', stageId: 's1', laneId: 'actions', text: 'Kept', count: 2 }]
    const d = setCell(draftFromJourney(j), 's1', 'actions', 'New\nKept')
    const out = journeyFromDraft(d)
    expect(out.cards.map((c) => c.id)).toEqual(['s1/actions/1', 's1/actions/2'])
    const d2 = setCell(draftFromJourney(j), 's1', 'actions', 'Kept\nNew')
    expect(journeyFromDraft(d2).cards.map((c) => c.id)).toEqual(['s1/actions/2', 's1/actions/2-2'])
    expect(checkJourney(journeyFromDraft(d2)).ok).toBe(true)
  })

  it('replaces a stage’s kept scores only when the person sets that stage’s score', () => {
    let d = draftFromJourney(imported())
    d = setScore(d, 's2', -2)
    const out = journeyFromDraft(d)
    expect(out.emotions).toEqual([
      { id: 'e-s2', stageId: 's2', score: -2 },
      { id: 'm3', stageId: 's3', score: 0.5, personaId: 'p-anna' },
    ])
    expect(journeyFromDraft(setScore(d, 's3', null)).emotions).toEqual([{ id: 'e-s2', stageId: 's2', score: -2 }])
  })

  it('pulls kept scores inside a new scale without rounding them, and forgets a removed stage’s or lane’s', () => {
    let d = draftFromJourney(imported())
    d = setScale(d, { min: 0, max: 10 })
    expect(journeyFromDraft(d).emotions.map((e) => e.score)).toEqual([0, 2, 0.5])
    d = removeStage(d, 's2')
    d = removeLane(addCustomLane(d, 'X'), 'custom-1')
    expect(journeyFromDraft(d).cards.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(journeyFromDraft(d).emotions.map((e) => e.id)).toEqual(['m3'])
  })
})

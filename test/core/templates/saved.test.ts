import { describe, expect, it } from 'vitest'
import { translate } from '../../../src/core/i18n'
import { createTemplate } from '../../../src/core/templates/built-in'
import {
  journeyFromSetup,
  parseTemplatesFile,
  readStoredTemplate,
  readStoredTemplates,
  setupFromJourney,
  storedText,
  TEMPLATE_SCHEMA,
  templatesFileText,
  templatesToImport,
  uniqueName,
  type UserTemplate,
} from '../../../src/core/templates/saved'
import type { Workshop } from '../../../src/core/model/workshop'

const workshop: Workshop = {
  placeholders: 3,
  hints: true,
  persona: { name: 'Ana', description: 'Runs a bakery', goals: 'Pay suppliers on time' },
  parkingLot: true,
}

/** A blueprint with cards and scores, as a person might have it before saving it as a template. */
function workedJourney() {
  const journey = createTemplate('blueprint', 'en')
  journey.personas = [{ id: 'p1', name: 'Ana', color: '#ff8800' }]
  journey.cards = [{ id: 'c1', stageId: 's1', laneId: 'actions', text: 'Finds us on a map', personaId: 'p1' }]
  journey.emotions = [{ id: 'e1', stageId: 's1', score: 1 }]
  return journey
}

function template(name: string, id = name.toLowerCase()): UserTemplate {
  return { schema: TEMPLATE_SCHEMA, id, name, savedAt: 1_700_000_000_000, setup: setupFromJourney(workedJourney(), workshop) }
}

const english = (m: { key: Parameters<typeof translate>[1]; params?: Record<string, string | number> }) => translate('en', m.key, m.params)

describe('a template made from a journey', () => {
  it('keeps the structure, lane hints and workshop options, and drops cards and scores', () => {
    const journey = workedJourney()
    const back = journeyFromSetup(setupFromJourney(journey, workshop))
    expect(back.journey).toEqual({ ...journey, cards: [], emotions: [] })
    expect(back.journey.lanes.find((l) => l.id === 'frontstage')?.hint).toBe('What do our people do where the customer sees it?')
    expect(back.workshop).toEqual(workshop)
  })

  it('reads back what it stored, under the key’s id', () => {
    const saved = template('Bakery blueprint', 'abc')
    expect(readStoredTemplate('abc', storedText(saved))).toEqual({ ok: true, template: saved })
    // A value kept as an object rather than text is read too.
    expect(readStoredTemplate('xyz', JSON.parse(storedText(saved)))).toEqual({ ok: true, template: { ...saved, id: 'xyz' } })
  })
})

describe('reading stored templates without trusting them', () => {
  it('reports corrupt JSON as a sentence that says it can be deleted, keeping the rest', () => {
    const listing = readStoredTemplates([
      { id: 'good', raw: storedText(template('Onboarding', 'good')) },
      { id: 'bad', raw: '{"schema":"journey-lanes/template/1","name":"Half' },
    ])
    expect(listing.templates.map((t) => t.name)).toEqual(['Onboarding'])
    expect(listing.problems).toHaveLength(1)
    expect(listing.problems[0]).toMatchObject({ id: 'bad', name: null })
    expect(english(listing.problems[0]!.message)).toMatch(/^A saved template could not be read \(.+\)\. You can delete it\.$/)
  })

  it('names a template of the wrong shape and says what is wrong with it', () => {
    const broken = { ...template('Retail', 'r'), setup: { ...template('Retail').setup, stages: 'three' } }
    const read = readStoredTemplate('r', JSON.stringify(broken))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problem.name).toBe('Retail')
    expect(english(read.problem.message)).toMatch(/^Your template “Retail” could not be read \(setup\.stages: .+\)\. You can delete it\.$/)
  })

  it('says a template from a newer version of the plugin comes from there, instead of calling it broken', () => {
    const future = { schema: 'journey-lanes/template/2', id: 'f', name: 'Next year', savedAt: 1, setup: { anything: 'new' } }
    const read = readStoredTemplate('f', JSON.stringify(future))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(english(read.problem.message)).toBe('Your template “Next year” comes from a newer version of the plugin. Update the plugin to use it.')
  })

  it('reports a reading failure Figma itself gave', () => {
    const listing = readStoredTemplates([{ id: 'x', failed: 'disk on fire' }])
    expect(english(listing.problems[0]!.message)).toBe('A saved template could not be read (disk on fire). You can delete it.')
  })

  it('refuses stages and lanes that share an id', () => {
    const t = template('Twins')
    const twins = { ...t, setup: { ...t.setup, lanes: [...t.setup.lanes, { id: 's1', kind: 'custom', title: 'Twin' }] } }
    expect(readStoredTemplate('t', JSON.stringify(twins)).ok).toBe(false)
  })
})

describe('the export file', () => {
  it('round-trips every template’s name and setup', () => {
    const templates = [template('Onboarding'), template('Checkout')]
    const read = parseTemplatesFile(templatesFileText(templates))
    expect(read.problems).toEqual([])
    expect(read.templates).toEqual(templates.map((t) => ({ name: t.name, setup: t.setup })))
  })

  it('turns text that is not JSON into one sentence and imports nothing', () => {
    const read = parseTemplatesFile('name,stage\nOnboarding,Sign up')
    expect(read.templates).toEqual([])
    expect(read.problems.map(english)).toEqual([expect.stringMatching(/^The file could not be read as JSON \([^\n]+\), so nothing was imported\.$/)])
  })

  it('says a journey file is not a templates file', () => {
    const read = parseTemplatesFile(JSON.stringify(createTemplate('customer', 'en')))
    expect(read.problems.map(english)).toEqual([
      'This is not a Journey Lanes templates file (schema: "journey-lanes/1"), so nothing was imported.',
    ])
  })

  it('says a file from a newer version of the plugin is one, and imports nothing from it', () => {
    const read = parseTemplatesFile(JSON.stringify({ schema: 'journey-lanes/templates/3', templates: [template('A')] }))
    expect(read.templates).toEqual([])
    expect(read.problems.map(english)).toEqual([
      'This templates file comes from a newer version of the plugin, so nothing was imported. Update the plugin and try again.',
    ])
  })

  it('imports the good templates and lists each one left out, by position and name', () => {
    const good = template('Good')
    const text = JSON.stringify({
      schema: 'journey-lanes/templates/1',
      templates: [good, { ...good, name: 'Broken', setup: null }, { ...good, schema: 'journey-lanes/template/9', name: 'Future' }, 42],
    })
    const read = parseTemplatesFile(text)
    expect(read.templates.map((t) => t.name)).toEqual(['Good'])
    expect(read.problems.map(english)).toEqual([
      expect.stringMatching(/^Template 2 in the file, “Broken”, could not be read \(setup: .+\), so it was left out\.$/),
      'Template 3 in the file, “Future”, comes from a newer version of the plugin, so it was left out.',
      expect.stringMatching(/^Template 4 in the file could not be read \(.+\), so it was left out\.$/),
    ])
  })

  it('accepts a single template on its own', () => {
    expect(parseTemplatesFile(JSON.stringify(template('Solo'))).templates.map((t) => t.name)).toEqual(['Solo'])
  })
})

describe('names on import', () => {
  it('never takes a name twice: clashes get (2), (3)… case aside', () => {
    expect(uniqueName('Onboarding', ['onboarding', 'Onboarding (2)'])).toBe('Onboarding (3)')
    expect(uniqueName('Checkout', ['Onboarding'])).toBe('Checkout')
  })

  it('gives imported templates new ids and names that clash with nothing, nor with each other', () => {
    const incoming = [template('Onboarding'), template('Onboarding'), template('Checkout')].map((t) => ({ name: t.name, setup: t.setup }))
    let n = 0
    const made = templatesToImport(incoming, { ids: ['a'], names: ['Onboarding'] }, 1000, () => (n++ % 3) / 3)
    expect(made.map((t) => t.name)).toEqual(['Onboarding (2)', 'Onboarding (3)', 'Checkout'])
    expect(new Set(made.map((t) => t.id)).size).toBe(3)
    expect(made.map((t) => t.id)).not.toContain('a')
  })
})

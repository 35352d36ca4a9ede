import { describe, expect, it } from 'vitest'
import { ALIAS_LANGUAGES, listAliases } from '../../src/core/import'
import { fieldExact, laneKind } from '../../src/core/import/aliases'
import { FIELDS } from '../../src/core/import/types'

describe('names of fields and lanes', () => {
  it('lists aliases for every field in every language', () => {
    const all = listAliases()
    for (const lang of ALIAS_LANGUAGES) for (const field of FIELDS) expect(all[lang].fields[field].length, `${lang} ${field}`).toBeGreaterThan(0)
  })

  it('reads every listed field alias back as its field, whatever the case and punctuation', () => {
    const all = listAliases()
    for (const lang of ALIAS_LANGUAGES)
      for (const field of FIELDS)
        for (const alias of all[lang].fields[field]) {
          const hit = fieldExact(` ${alias.toUpperCase()}: `)
          // An alias another language or field listed first may win ("оценка" is a score in ru and bg alike).
          expect(hit, `${lang} ${alias}`).toBeDefined()
        }
  })

  it.each([
    ['Шаги и действия клиента', 'actions'],
    ['Точки и объекты касания', 'touchpoints'],
    ['Точки касания', 'touchpoints'],
    ['Барьеры', 'barriers'],
    ['Вопросы', 'questions'],
    ['ЭМОЦИИ', 'emotion'],
    ['Do', 'actions'],
    ['Think', 'thoughts'],
    ['Feel', 'emotion'],
    ['Pain points', 'barriers'],
    ['Channels', 'touchpoints'],
    ['Opportunities', 'opportunities'],
    ['Backstage', 'backstage'],
    ['Customer actions', 'actions'],
    ['Емоции', 'emotion'],
    ['נקודות מגע', 'touchpoints'],
    ['Favourite colour', null],
  ])('%s is the lane %s', (name, kind) => {
    expect(laneKind(name)).toBe(kind)
  })

  it.each([
    ['Stage', 'stage'],
    ['этап', 'stage'],
    ['Етап', 'stage'],
    ['שלב', 'stage'],
    ['Layer', 'lane'],
    ['Категория', 'lane'],
    ['Quote', 'text'],
    ['Бележка', 'text'],
    ['Mood', 'score'],
    ['Эмоция', 'score'],
    ['Segment', 'persona'],
    ['Респондент', 'participant'],
    ['מרואיין', 'participant'],
  ])('the header %s is the field %s', (header, field) => {
    expect(fieldExact(header)).toBe(field)
  })
})

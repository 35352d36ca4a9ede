import { describe, expect, it } from 'vitest'
import { ALIAS_LANGUAGES, listAliases } from '../../../src/core/import'
import { fieldExact, laneKind } from '../../../src/core/import/aliases'
import { FIELDS } from '../../../src/core/import/types'
import { LOCALES } from '../../../src/core/i18n/locale'
import { LANE_KINDS } from '../../../src/core/model/lane-kinds'
import { laneTitle } from '../../../src/core/templates/built-in'

describe('names of fields and lanes', () => {
  it('lists aliases for every field in every language', () => {
    const all = listAliases()
    for (const lang of ALIAS_LANGUAGES) for (const field of FIELDS) expect(all[lang].fields[field].length, `${lang} ${field}`).toBeGreaterThan(0)
  })

  it('reads every listed field alias back as that very field, whatever the case and punctuation', () => {
    const all = listAliases()
    const wrong: string[] = []
    for (const lang of ALIAS_LANGUAGES)
      for (const field of FIELDS)
        for (const alias of all[lang].fields[field]) {
          const hit = fieldExact(` ${alias.toUpperCase()}: `)
          if (hit !== field) wrong.push(`${lang} "${alias}" is ${hit ?? 'nothing'}, not ${field}`)
        }
    expect(wrong).toEqual([])
  })

  it('reads every listed lane alias back as that very lane kind', () => {
    const all = listAliases()
    const wrong: string[] = []
    for (const lang of ALIAS_LANGUAGES)
      for (const [kind, aliases] of Object.entries(all[lang].lanes))
        for (const alias of aliases ?? []) {
          const hit = laneKind(` ${alias.toUpperCase()} `)
          if (hit !== kind) wrong.push(`${lang} "${alias}" is ${hit ?? 'custom'}, not ${kind}`)
        }
    expect(wrong).toEqual([])
  })

  it('reads every lane title of the catalog, in every language, as its kind', () => {
    for (const locale of LOCALES) for (const kind of LANE_KINDS) if (kind !== 'custom') expect(laneKind(laneTitle(kind, locale)), `${locale} ${kind}`).toBe(kind)
  })

  it.each([
    ['Стадии', 'stage'],
    ['Этапы', 'stage'],
    ['Шаги', 'stage'],
    ['Эмоции', 'score'],
    ['Оценки', 'score'],
    ['Заметки', 'text'],
    ['Стадий', 'stage'],
    ['Етапи', 'stage'],
    ['Стадия', 'stage'],
  ])('the plural or variant %s is the field %s', (header, field) => {
    expect(fieldExact(header)).toBe(field)
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

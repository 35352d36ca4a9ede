import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { checkJourney } from '../../../src/core/model/check-journey'
import type { Message } from '../../../src/core/i18n'
import { importI18n } from '../../../src/core/i18n/import-catalog'

const render = (locale: 'en' | 'ru', m: Message): string => importI18n.translate(locale, m.key, m.params)
import type { Journey } from '../../../src/core/model/journey'
import { importFile, importText, type ImportChoices, type ImportProblem, type ImportResult } from '../../../src/core/import'
import { upperHalf, type SingleByteEncoding } from '../../../src/core/import/legacy-encodings'

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)))
export const fixtureText = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
export const example = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../examples/${name}`, import.meta.url)))

/** Text as a file in one of the encodings people's spreadsheets use. */
export function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | SingleByteEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`)
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(2 + text.length * 2)
    const le = encoding === 'utf-16le'
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      out[2 + i * 2] = le ? c & 0xff : c >> 8
      out[3 + i * 2] = le ? c >> 8 : c & 0xff
    }
    return out
  }
  const table = upperHalf(encoding)
  const back = new Map<number, number>(table.map((cp, i) => [cp, i + 0x80]))
  return Uint8Array.from(text, (ch) => {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) return cp
    const b = back.get(cp)
    if (b === undefined) throw new Error(`${ch} is not in ${encoding}`)
    return b
  })
}

/** Runs an import and checks what holds for every one: a journey that passes checkJourney, or a refusal with a reason. */
export function run(input: Uint8Array | string, name: string, choices?: ImportChoices): ImportResult {
  const result = typeof input === 'string' ? importText(input, name, choices) : importFile(input, name, choices)
  expectSound(result)
  return result
}

export function expectSound(result: ImportResult): void {
  const fatal = result.problems.filter((p) => p.level === 'fatal')
  if (result.journey === null) expect(fatal.length, 'a refusal says why').toBeGreaterThan(0)
  else {
    expect(fatal).toEqual([])
    const checked = checkJourney(result.journey)
    expect(checked.ok ? [] : checked.problems.map((m) => render('en', m))).toEqual([])
  }
}

/** The problems as a person reads them in English: "row 3, col "Stage": sentence". */
export function said(result: ImportResult, level?: ImportProblem['level']): string[] {
  return result.problems.filter((p) => !level || p.level === level).map((p) => render('en', p.message))
}

export function journeyOf(result: ImportResult): Journey {
  expect(result.journey, said(result).join('\n')).not.toBeNull()
  return result.journey!
}

/** Cards of a lane at a stage, by names: what a person sees in one cell. */
export function cell(j: Journey, stage: string, laneTitle: string): string[] {
  const s = j.stages.find((x) => x.name === stage)
  const l = j.lanes.find((x) => x.title === laneTitle)
  if (!s || !l) throw new Error(`no cell ${stage} × ${laneTitle} in ${j.stages.map((x) => x.name).join('|')} / ${j.lanes.map((x) => x.title).join('|')}`)
  return j.cards.filter((c) => c.stageId === s.id && c.laneId === l.id).map((c) => c.text)
}

/** Scores at a stage, in file order. */
export function scoresAt(j: Journey, stage: string): number[] {
  const s = j.stages.find((x) => x.name === stage)!
  return j.emotions.filter((e) => e.stageId === s.id).map((e) => e.score)
}

export const csv = (rows: readonly (readonly (string | number)[])[], delimiter = ','): string => rows.map((r) => r.join(delimiter)).join('\n')

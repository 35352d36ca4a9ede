import type { Scale } from '../model/journey'
import { MAX_TEXT } from './builder/limits'
import type { JourneyBuilder } from './journey-builder'
import { clip } from '../model/normalize'
import type { Problems } from './problems'
import { formatScale } from '../model/scores'

/**
 * Mermaid's `journey` diagram:
 *
 *   journey
 *     title Visiting the dentist
 *     section Book
 *       Find a clinic: 3: Patient, Receptionist
 *
 * A section is a stage, a task an actions card, and its score (1..5) an emotion point for
 * each actor, who becomes a persona.
 */

export const MERMAID_SCALE: Scale = { min: 1, max: 5 }

const LINE_BREAK = /\r\n|\r|\n/
const FIRST_WORD = /^([A-Za-z][\w-]*)/
const TITLE = /^title(?:\s+(.*))?$/
const SECTION = /^section(?:\s+(.*))?$/
const ACC_LINE = /^acc(?:Title|Descr)\s*:/
const ACC_BLOCK = /^accDescr\s*\{/
const SCORE = /^[+-]?\d+(?:\.\d+)?$/
const ENTITY = /#(\d{1,7});/g

/** Mermaid decodes `#<code>;` before parsing (so a name can hold ":" or "#"); so do we, after splitting. */
function decodeEntities(text: string): string {
  return text.includes('#') ? text.replace(ENTITY, (whole, code: string) => (Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : whole)) : text
}

interface Significant {
  /** 0-based line index of the first line after front matter and comments */
  index: number
  keyword: string
}

function firstSignificant(lines: readonly string[]): Significant | null {
  let i = 0
  if ((lines[0] ?? '').trim() === '---') {
    i = 1
    while (i < lines.length && lines[i]!.trim() !== '---') i++
    i++
  }
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim()
    if (t === '' || t.startsWith('%%')) continue
    return { index: i, keyword: FIRST_WORD.exec(t)?.[1] ?? t.slice(0, 40) }
  }
  return null
}

/** The diagram keyword when the text is Mermaid-like (its first line a word alone or followed by a space), else null. */
export function mermaidKeyword(text: string): string | null {
  const lines = text.slice(0, 4096).split(LINE_BREAK)
  const first = firstSignificant(lines)
  if (!first) return null
  const line = lines[first.index]!.trim()
  return line === first.keyword || line.startsWith(`${first.keyword} `) ? first.keyword : null
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})\s*mermaid\b/i

/**
 * The Mermaid journey inside a Markdown code fence (```mermaid … ```), as in a README or a
 * pasted snippet: the lines outside the fence are blanked, so problems keep their line
 * numbers. Null when no fence holds a journey.
 */
export function unfenceMermaid(text: string): string | null {
  if (!text.includes('```') && !text.includes('~~~')) return null
  const lines = text.split(LINE_BREAK)
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!)
    if (!open) continue
    const fence = open[1]!
    let end = i + 1
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++
    if (mermaidKeyword(lines.slice(i + 1, end).join('\n')) === 'journey') return lines.map((line, k) => (k > i && k < end ? line : '')).join('\n')
    i = end
  }
  return null
}

/** Front matter `title:` (Mermaid's other way to give a title). */
function frontMatterTitle(lines: readonly string[]): string | null {
  if ((lines[0] ?? '').trim() !== '---') return null
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const m = /^title\s*:\s*(.+)$/.exec(lines[i]!.trim())
    if (m) return m[1]!.replace(/^["']|["']$/g, '').trim()
  }
  return null
}

export function readMermaid(text: string, builder: JourneyBuilder, problems: Problems, fileScale: Scale): { title: string | null; rows: number } {
  const lines = text.split(LINE_BREAK)
  const first = firstSignificant(lines)
  if (!first || first.keyword !== 'journey') {
    problems.fatal('import.mermaidNotJourney', { kind: first?.keyword ?? '' })
    return { title: null, rows: 0 }
  }
  let title = frontMatterTitle(lines)
  let stage = -1
  let actions = -1
  let tasks = 0
  let inAccBlock = false
  for (let i = first.index + 1; i < lines.length; i++) {
    const line = lines[i]!.trim()
    const row = i + 1
    if (inAccBlock) {
      if (line.includes('}')) inAccBlock = false
      continue
    }
    if (line === '' || line.startsWith('%%') || ACC_LINE.test(line)) continue
    if (ACC_BLOCK.test(line)) {
      inAccBlock = !line.includes('}')
      continue
    }
    const t = TITLE.exec(line)
    if (t) {
      title = decodeEntities((t[1] ?? '').trim()) || title
      continue
    }
    const s = SECTION.exec(line)
    if (s) {
      const name = decodeEntities((s[1] ?? '').trim())
      stage = name === '' ? builder.addStage('') : builder.stage(name)
      continue
    }

    const parts = line.split(':')
    const name = clip(decodeEntities((parts[0] ?? '').trim()), MAX_TEXT)
    if (parts.length < 2 || name === '') {
      problems.add('row', 'import.mermaidLine', { row, line: clip(line, 80) }, row, null)
      continue
    }
    tasks++
    if (stage === -1) stage = builder.addStage('')
    if (actions === -1) actions = builder.lane('actions')
    const actors = parts
      .slice(2)
      .join(':')
      .split(',')
      .map((a) => decodeEntities(a.trim()))
      .filter((a) => a !== '')
    const personas = actors.map((a) => builder.persona(a))
    builder.note(stage, actions, name, personas.length === 1 ? personas[0]! : -1, undefined)

    const raw = parts[1]!.trim()
    const value = Number(raw)
    if (!SCORE.test(raw) || value < fileScale.min || value > fileScale.max) {
      problems.add('note', 'import.mermaidScore', { row, value: clip(raw, 40), scale: formatScale(fileScale) }, row, null)
      continue
    }
    for (const persona of personas.length > 0 ? personas : [-1]) builder.score(stage, { kind: 'number', value }, raw, persona, undefined, name, row, null)
  }
  if (builder.stageCount === 0 && tasks === 0 && !problems.isFatal) problems.fatal('import.mermaidEmpty')
  return { title, rows: tasks }
}

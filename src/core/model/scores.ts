import type { Scale } from './journey'
import { normalizeName } from './normalize'

/**
 * Emotion scores as people write them: numbers on the file's own scale, emoji, or words.
 * Emoji and words name a level (0 = worst, 1 = best); numbers wait until the whole file is
 * read, because the file's scale is detected from all of them.
 */

export type ScoreRead = { kind: 'number'; value: number } | { kind: 'level'; level: number }

/** Scales researchers use, smallest first; ties go to the earlier one. */
export const STANDARD_SCALES: readonly Scale[] = [
  { min: -2, max: 2 },
  { min: 1, max: 5 },
  { min: -3, max: 3 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
]

const LEVELS = [0, 0.25, 0.5, 0.75, 1] as const

// Each row: worst, bad, neutral, good, best.
const EMOJI: readonly (readonly string[])[] = [
  ['😡', '😠', '🤬', '😤', '👿', '😭', '😫', '😩', '💢', '😱', '🤮', '🤢'],
  ['🙁', '☹', '😞', '😟', '😕', '😒', '😔', '😢', '😣', '😖', '😥', '😓', '😦', '😧', '😰', '👎', '😿'],
  ['😐', '😶', '😑', '🫤', '🤔', '😬', '🤷', '😮', '🫥'],
  ['🙂', '😊', '☺', '👍', '😌', '😉', '😋', '🤗', '😺', '👌'],
  ['😀', '😃', '😄', '😁', '😍', '🤩', '🥰', '😆', '🥳', '😻', '😸', '❤', '💯', '🎉', '😂', '🤣', '👏'],
]

const WORDS: readonly (readonly string[])[] = [
  [
    'very negative', 'very bad', 'terrible', 'awful', 'horrible', 'very poor', 'very dissatisfied', 'hate', 'worst',
    'очень плохо', 'ужасно', 'кошмар', 'очень негативно', 'очень негативная', 'очень негативное', 'очень недоволен', 'отвратительно',
    'много лошо', 'отвратително',
    'גרוע מאוד', 'נורא', 'איום',
  ],
  [
    'negative', 'bad', 'poor', 'dissatisfied', 'unhappy', 'frustrated', 'annoyed', 'upset', 'sad', 'angry',
    'плохо', 'негатив', 'негативно', 'негативная', 'негативное', 'отрицательно', 'отрицательная', 'недоволен', 'недовольна', 'грустно',
    'лошо', 'негативно', 'недоволна',
    'רע', 'גרוע', 'שלילי',
  ],
  [
    'neutral', 'ok', 'okay', 'fine', 'so so', 'meh', 'average', 'mixed', 'indifferent', 'fair', 'normal',
    'нормально', 'норм', 'нейтрально', 'нейтральная', 'нейтральное', 'нейтрал', 'так себе', 'средне', 'ок', 'ничего', 'спокойно',
    'неутрално', 'нормално', 'горе долу', 'средно',
    'ניטרלי', 'בסדר', 'סביר', 'ככה ככה',
  ],
  [
    'positive', 'good', 'happy', 'pleased', 'satisfied', 'nice', 'glad',
    'хорошо', 'позитив', 'позитивно', 'позитивная', 'позитивное', 'положительно', 'положительная', 'доволен', 'довольна', 'неплохо',
    'добре', 'позитивно', 'хубаво', 'доволна',
    'טוב', 'חיובי',
  ],
  [
    'very positive', 'very good', 'great', 'excellent', 'amazing', 'awesome', 'perfect', 'fantastic', 'wonderful', 'delighted', 'very satisfied', 'love it', 'best',
    'отлично', 'очень хорошо', 'прекрасно', 'супер', 'замечательно', 'восторг', 'очень позитивно', 'великолепно', 'превосходно', 'очень доволен',
    'много добре', 'чудесно', 'страхотно',
    'מצוין', 'מעולה', 'טוב מאוד', 'מושלם',
  ],
]

function indexBy(rows: readonly (readonly string[])[], key: (s: string) => string): Map<string, number> {
  const map = new Map<string, number>()
  rows.forEach((row, i) => {
    for (const s of row) if (!map.has(key(s))) map.set(key(s), LEVELS[i]!)
  })
  return map
}

const EMOJI_DECORATION = /\uFE0E|\uFE0F|\s|\uD83C[\uDFFB-\uDFFF]/g
const emojiKey = (s: string): string => {
  const bare = s.replace(EMOJI_DECORATION, '')
  // A ZWJ sequence (🤷‍♀️, 😶‍🌫️) reads as its first face.
  const zwj = bare.indexOf('\u200D')
  return zwj === -1 ? bare : bare.slice(0, zwj)
}
const EMOJI_LEVEL = indexBy(EMOJI, emojiKey)
const WORD_LEVEL = indexBy(WORDS, normalizeName)

const NUMBER = /^[+\-\u2212\u2013]?\d+(?:[.,]\d+)?$/
const MINUS = /^[\u2212\u2013]/

/** Reads one cell as a score; null when it is not one. Empty cells are the caller's business. */
export function readScore(raw: string): ScoreRead | null {
  const s = raw.trim()
  if (s === '') return null
  if (NUMBER.test(s)) {
    const c = s.charCodeAt(0)
    const plain = c !== 0x2212 && c !== 0x2013 && !s.includes(',')
    return { kind: 'number', value: Number(plain ? s : s.replace(MINUS, '-').replace(',', '.')) }
  }
  const first = s.codePointAt(0)!
  if (first > 0x2000) {
    const key = emojiKey(s)
    const level = EMOJI_LEVEL.get(key) ?? emojiRepeated(key)
    if (level !== undefined) return { kind: 'level', level }
  }
  const word = WORD_LEVEL.get(normalizeName(s))
  return word === undefined ? null : { kind: 'level', level: word }
}

/** "😀😀" reads as "😀". */
function emojiRepeated(key: string): number | undefined {
  const one = String.fromCodePoint(key.codePointAt(0)!)
  if (key.length <= one.length || key !== one.repeat(key.length / one.length)) return undefined
  return EMOJI_LEVEL.get(one)
}

/**
 * The file's scale from its numbers: the standard scale that holds the most of them,
 * the smallest on a tie (so all values inside the smallest scale that has them all).
 */
export function chooseFileScale(values: readonly number[]): Scale | null {
  if (values.length === 0) return null
  let lo = Infinity
  let hi = -Infinity
  for (const v of values) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  // Everything at 1 or above reads more naturally as a 1-based scale than as the top of −2..+2.
  const order = lo >= 1 ? [...STANDARD_SCALES].sort((a, b) => Number(b.min === 1) - Number(a.min === 1)) : STANDARD_SCALES
  let best = order[0]!
  let bestCount = -1
  for (const scale of order) {
    let inside = 0
    if (lo >= scale.min && hi <= scale.max) inside = values.length
    else for (const v of values) if (v >= scale.min && v <= scale.max) inside++
    if (inside > bestCount) [best, bestCount] = [scale, inside]
  }
  return best
}

const round = (n: number): number => Math.round(n * 1000) / 1000

/** A level (0..1) on the journey's scale. */
export function levelToScale(level: number, scale: Scale): number {
  return round(scale.min + level * (scale.max - scale.min))
}

/** A number on the file's scale, on the journey's; null when outside the file's scale. */
export function numberToScale(value: number, from: Scale, to: Scale): number | null {
  if (!(value >= from.min && value <= from.max)) return null
  return round(to.min + ((value - from.min) * (to.max - to.min)) / (from.max - from.min))
}

const SCALE_TEXT = /^([+\-\u2212\u2013]?\d{1,6})\s*(?:\.\.\.?|\u2026)\s*([+\-\u2212\u2013]?\d{1,6})$/

/** A scale as written in a file's scale column ("−2..+2", "-2..2", "1..5"); null when it is not one. */
export function parseScale(text: string): Scale | null {
  const m = SCALE_TEXT.exec(text.trim())
  if (!m) return null
  const num = (s: string): number => Number(s.replace(/^[\u2212\u2013]/, '-'))
  const min = num(m[1]!)
  const max = num(m[2]!)
  return min < max ? { min, max } : null
}

const signed = (n: number, withPlus: boolean): string => (n < 0 ? `\u2212${-n}` : withPlus && n > 0 ? `+${n}` : String(n))

/** "−2..+2", "1..5": how a scale reads in a sentence. */
export function formatScale(scale: Scale): string {
  const plus = scale.min < 0
  return `${signed(scale.min, plus)}..${signed(scale.max, plus)}`
}

/**
 * What a person typed on an emotion sticky, as a score on the journey's scale: a number
 * on that scale, a face or a word. Null when the text is a note, not a score ("7" on a
 * −2..+2 board is a note: the sticky's position gives the score then).
 */
export function parseScoreText(text: string, scale: Scale): number | null {
  const read = readScore(text)
  if (!read) return null
  if (read.kind === 'level') return levelToScale(read.level, scale)
  return read.value >= scale.min && read.value <= scale.max ? read.value : null
}

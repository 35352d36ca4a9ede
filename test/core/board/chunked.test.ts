import { describe, expect, it } from 'vitest'
import { splitChunks, utf8Bytes } from '../../../src/core/board/chunked'

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

describe('splitting a pluginData value by UTF-8 bytes', () => {
  it('counts bytes as an encoder does: ASCII 1, Cyrillic 2, CJK 3, emoji 4', () => {
    for (const s of ['abc', 'жёлтый', '旅程', '😀🙂', 'mix ж 旅 😀', '']) expect(utf8Bytes(s)).toBe(bytes(s))
  })

  it('keeps every chunk within the byte budget and never cuts an emoji in half', () => {
    const text = 'Карточка 😀 '.repeat(20_000)
    const chunks = splitChunks(text, 90_000)
    expect(chunks.length).toBeGreaterThan(2)
    expect(chunks.join('')).toBe(text)
    for (const chunk of chunks) {
      expect(bytes(chunk)).toBeLessThanOrEqual(90_000)
      expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
    }
  })

  it('cuts right between two emoji when the budget falls inside one', () => {
    expect(splitChunks('😀😀😀', 6)).toEqual(['😀', '😀', '😀'])
    expect(splitChunks('ab😀', 4)).toEqual(['ab', '😀'])
  })
})

import { describe, expect, it } from 'vitest'
import { cycles, folderGraph, importGraph } from './imports'

/**
 * The structure the README's "How it is built" describes, held against the code: no
 * import circles, each context imports only what it may, and src/core's folders stack
 * in one order, so data flows one way (input → Journey → Plan → canvas → read back).
 */

const graph = importGraph()

/** src/core's folders from the bottom up: a folder imports only from folders on lower rows. */
const CORE_LAYERS: readonly (readonly string[])[] = [
  ['i18n'],
  ['model'],
  // Below every folder that reads a stored record (templates, import, board), so each reads through its own migrations.
  ['migrations'],
  ['layout', 'templates', 'export'],
  ['import', 'protocol'],
  ['board'],
  ['sync'],
]

const coreFolder = (file: string): string | null => (file.startsWith('src/core/') ? (file.split('/')[2] ?? null) : null)
const layerOf = (folder: string): number => CORE_LAYERS.findIndex((row) => row.includes(folder))

describe('the import graph of src/ and ui/', () => {
  it('reads every import', () => {
    expect(graph.files.length).toBeGreaterThan(100)
    expect(graph.unresolved).toEqual([])
  })

  it('has no circles between files', () => {
    expect(cycles(graph.edges)).toEqual([])
  })

  it('has no circles between folders', () => {
    expect(cycles(folderGraph(graph))).toEqual([])
  })

  it('keeps the contexts apart: core imports neither sandbox nor panel, and they do not import each other', () => {
    const wrong: string[] = []
    for (const [from, tos] of graph.edges) {
      for (const to of tos) {
        if (from.startsWith('src/core/') && !to.startsWith('src/core/')) wrong.push(`${from} → ${to}`)
        if (from.startsWith('src/sandbox/') && to.startsWith('ui/')) wrong.push(`${from} → ${to}`)
        if (from.startsWith('ui/') && to.startsWith('src/sandbox/')) wrong.push(`${from} → ${to}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it("stacks src/core's folders in one order", () => {
    const wrong: string[] = []
    for (const [from, tos] of graph.edges) {
      const a = coreFolder(from)
      if (a === null) continue
      if (layerOf(a) < 0) wrong.push(`${a} is on no row of CORE_LAYERS`)
      for (const to of tos) {
        const b = coreFolder(to)
        if (b === null || b === a) continue
        if (!(layerOf(b) < layerOf(a))) wrong.push(`${from} → ${to}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

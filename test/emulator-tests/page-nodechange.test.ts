import { describe, expect, it } from 'vitest'
import { figjamWithFonts, thrown } from './helpers'

/** figma.currentPage.on('nodechange'): the page-level twin of documentchange (T:10723–10780). */
async function listening() {
  const emu = await figjamWithFonts()
  const batches: NodeChange[][] = []
  emu.figma.currentPage.on('nodechange', (e) => batches.push(e.nodeChanges))
  return { ...emu, batches }
}

const summary = (changes: readonly NodeChange[] | undefined) =>
  (changes ?? []).map((c) => [c.type, c.id, c.origin, c.type === 'PROPERTY_CHANGE' ? [...c.properties].sort() : undefined])

describe("PageNode.on('nodechange')", () => {
  it('needs no loadAllPagesAsync under dynamic-page, unlike documentchange', async () => {
    const { figma, controls } = await figjamWithFonts()
    expect(controls.allPagesLoaded).toBe(false)
    expect(() => figma.currentPage.on('nodechange', () => undefined)).not.toThrow()
    expect(() => figma.on('documentchange', () => undefined)).toThrow(/loadAllPagesAsync/)
  })

  it('accepts only "nodechange" and a function', async () => {
    const { figma } = await figjamWithFonts()
    const page = figma.currentPage as unknown as { on(type: string, cb: unknown): void }
    expect(thrown(() => page.on('selectionchange', () => undefined)).message).toMatch(/nodechange/)
    expect(thrown(() => page.on('nodechange', 'not a function')).message).toMatch(/Expected function/)
  })

  it('batches a macrotask of changes into one asynchronous event; CREATE only for the top-most node', async () => {
    const { figma, controls, batches } = await listening()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    sticky.y = 40
    expect(batches).toHaveLength(0)
    await controls.flush()
    expect(summary(batches[0])).toEqual([['CREATE', section.id, 'LOCAL', undefined]])
    expect(batches[0]?.[0]?.node).toBe(section)
  })

  it('DELETE only for the top-most removed node, with a RemovedNode; a change then delete in one batch carries the stub', async () => {
    const { figma, controls, batches } = await listening()
    const section = figma.createSection()
    const a = figma.createSticky()
    const b = figma.createSticky()
    section.appendChild(a)
    await controls.flush()
    controls.user.move(b, 10, 10, { remote: true })
    controls.user.remove(b, { remote: true })
    section.remove()
    await controls.flush()
    expect(summary(batches[1])).toEqual([
      ['PROPERTY_CHANGE', b.id, 'REMOTE', ['relativeTransform', 'x', 'y']],
      ['DELETE', b.id, 'REMOTE', undefined],
      ['DELETE', section.id, 'LOCAL', undefined],
    ])
    expect(batches[1]?.[0]?.node).toEqual({ removed: true, type: 'STICKY', id: b.id })
    expect(batches[1]?.[2]?.node).toEqual({ removed: true, type: 'SECTION', id: section.id })
  })

  it('reports user edits LOCAL or REMOTE with NodeChangeProperty names', async () => {
    const { figma, controls, batches } = await listening()
    const section = figma.createSection()
    await controls.flush()
    const s = controls.user.createSticky(section, { x: 0, y: 0, text: 'hi' }, { remote: true })
    await controls.flush()
    controls.user.setText(s, '-2')
    await controls.flush()
    expect(summary(batches[1])).toEqual([['CREATE', s.id, 'REMOTE', undefined]])
    expect(summary(batches[2])).toEqual([['PROPERTY_CHANGE', s.id, 'LOCAL', ['text']]])
  })

  it('changes made synchronously inside the handler are not reported; later ones are', async () => {
    const { figma, controls } = await figjamWithFonts()
    const sticky = figma.createSticky()
    const batches: NodeChange[][] = []
    let late: Promise<void> | undefined
    figma.currentPage.on('nodechange', (e) => {
      batches.push(e.nodeChanges)
      if (batches.length === 1) {
        sticky.y = 500 // suppressed: the plugin's own write inside the callback
        late = Promise.resolve().then(() => {
          sticky.x = 7 // after an await: reported
        })
      }
    })
    controls.user.move(sticky, 1, 1)
    await controls.flush()
    await late
    await controls.flush()
    expect(batches).toHaveLength(2)
    expect(summary(batches[1])).toEqual([['PROPERTY_CHANGE', sticky.id, 'LOCAL', ['relativeTransform', 'x']]])
  })

  it('leaves out the page itself; documentchange listeners get the same batch', async () => {
    const { figma, controls, batches } = await listening()
    await figma.loadAllPagesAsync()
    const docs: DocumentChange[][] = []
    figma.on('documentchange', (e) => docs.push(e.documentChanges))
    figma.currentPage.setPluginData('k', 'v')
    const s = figma.createSticky()
    await controls.flush()
    expect(summary(batches[0])).toEqual([['CREATE', s.id, 'LOCAL', undefined]])
    expect(docs[0]?.map((c) => c.id)).toEqual([figma.currentPage.id, s.id])
  })

  it('once() fires once; off() stops delivery and recording', async () => {
    const { figma, controls } = await figjamWithFonts()
    const seen: number[] = []
    const cb = (e: NodeChangeEvent): void => void seen.push(e.nodeChanges.length)
    figma.currentPage.once('nodechange', () => seen.push(-1))
    figma.currentPage.on('nodechange', cb)
    figma.createSticky()
    await controls.flush()
    figma.createSticky()
    await controls.flush()
    figma.currentPage.off('nodechange', cb)
    figma.createSticky()
    await controls.flush()
    expect(seen).toEqual([-1, 1, 1])
  })

  it('counts plugin writes and the nodes written (not user edits, not reads)', async () => {
    const { figma, controls } = await figjamWithFonts()
    controls.resetCounters()
    const s = figma.createSticky() // 1
    s.y = 3 // 2
    s.setPluginData('a', 'b') // 3
    void s.getPluginData('a')
    void s.x
    controls.user.move(s, 5, 5)
    const other = figma.createSticky() // 4
    void other.text.characters
    s.remove() // 5
    expect(controls.writes).toBe(5)
    expect(controls.writtenNodes().sort()).toEqual([s.id, other.id].sort())
    controls.resetCounters()
    expect([controls.writes, controls.writtenNodes()]).toEqual([0, []])
  })
})

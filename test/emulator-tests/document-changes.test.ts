import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'
import { figjamWithFonts } from './helpers'

async function listening(options: Parameters<typeof figjamWithFonts>[0] = {}) {
  const emu = await figjamWithFonts(options)
  await emu.figma.loadAllPagesAsync()
  const batches: DocumentChange[][] = []
  emu.figma.on('documentchange', (e) => batches.push(e.documentChanges))
  return { ...emu, batches }
}

const nodeOf = (c: DocumentChange | undefined): unknown => (c && 'node' in c ? c.node : undefined)

const summary = (changes: DocumentChange[]) =>
  changes.map((c) => [c.type, c.id, c.origin, c.type === 'PROPERTY_CHANGE' ? [...c.properties].sort() : undefined])

describe('rule 8: documentchange', () => {
  it('batches everything since the last delivery into one asynchronous event', async () => {
    const { figma, controls, batches } = await listening()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    sticky.x = 10
    expect(batches).toHaveLength(0)
    await controls.flush()
    expect(batches).toHaveLength(1)
    // top-most CREATE only; the sticky was created inside the same batch
    expect(summary(batches[0] ?? [])).toEqual([['CREATE', section.id, 'LOCAL', undefined]])
    expect(nodeOf(batches[0]?.[0])).toBe(section)
  })

  it('reports plugin writes as LOCAL PROPERTY_CHANGEs with NodeChangeProperty names, coalesced per node', async () => {
    const { figma, controls, batches } = await listening()
    const sticky = figma.createSticky()
    await controls.flush()
    sticky.x = 5
    sticky.y = 6
    sticky.setPluginData('card', '1')
    sticky.text.characters = 'A much longer text that will wrap onto many lines and make the sticky grow taller than its base size'
    sticky.name = 'card'
    await controls.flush()
    expect(batches).toHaveLength(2)
    const change = batches[1]?.[0]
    expect(change?.type).toBe('PROPERTY_CHANGE')
    expect(change?.origin).toBe('LOCAL')
    expect(nodeOf(change)).toBe(sticky)
    expect(change?.type === 'PROPERTY_CHANGE' && [...change.properties].sort()).toEqual(['height', 'name', 'pluginData', 'relativeTransform', 'text', 'x', 'y'])
  })

  it('DELETE is reported once for the top-most node with a RemovedNode', async () => {
    const { figma, controls, batches } = await listening()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    await controls.flush()
    section.remove()
    await controls.flush()
    expect(summary(batches[1] ?? [])).toEqual([['DELETE', section.id, 'LOCAL', undefined]])
    expect(nodeOf(batches[1]?.[0])).toEqual({ removed: true, type: 'SECTION', id: section.id })
  })

  it('changes made synchronously inside the callback are not reported; later ones are', async () => {
    const { figma, controls } = await figjamWithFonts()
    await figma.loadAllPagesAsync()
    const sticky = figma.createSticky()
    const batches: DocumentChange[][] = []
    let pendingWrite: Promise<void> | undefined
    figma.on('documentchange', (e) => {
      batches.push(e.documentChanges)
      if (batches.length === 1) {
        sticky.setPluginData('echo', String(batches.length)) // suppressed
        pendingWrite = Promise.resolve().then(() => sticky.setPluginData('late', 'x')) // after an await: reported
      }
    })
    sticky.x = 1
    await controls.flush()
    await pendingWrite
    await controls.flush()
    expect(batches).toHaveLength(2)
    expect(summary(batches[1] ?? [])).toEqual([['PROPERTY_CHANGE', sticky.id, 'LOCAL', ['pluginData']]])
  })

  it('user edits: move/setText/createSticky/remove, LOCAL or REMOTE', async () => {
    const { figma, controls, batches } = await listening()
    const section = figma.createSection()
    await controls.flush()
    const mine = controls.user.createSticky(section, { x: 10, y: 20, text: 'Pain point', fill: { r: 1, g: 0.8, b: 0.6 } })
    const theirs = controls.user.createSticky(section, { x: 300, y: 20, text: 'Remote idea' }, { remote: true })
    await controls.flush()
    expect(summary(batches[1] ?? [])).toEqual([
      ['CREATE', mine.id, 'LOCAL', undefined],
      ['CREATE', theirs.id, 'REMOTE', undefined],
    ])
    expect(mine.parent).toBe(section)
    expect(mine.text.characters).toBe('Pain point')
    controls.user.move(mine, 50, 60, { remote: true })
    controls.user.setText(theirs, 'Edited remotely', { remote: true })
    controls.user.remove(mine)
    await controls.flush()
    expect(summary(batches[2] ?? [])).toEqual([
      ['PROPERTY_CHANGE', mine.id, 'REMOTE', ['relativeTransform', 'x', 'y']],
      ['PROPERTY_CHANGE', theirs.id, 'REMOTE', ['text']],
      ['DELETE', mine.id, 'LOCAL', undefined],
    ])
    // the property change of a node removed later in the batch carries the RemovedNode
    expect(nodeOf(batches[2]?.[0])).toEqual({ removed: true, type: 'STICKY', id: mine.id })
  })

  it("stickyTextChangeProperty: 'characters' reports sticky text edits as 'characters'", async () => {
    const { figma, controls, batches } = await listening({ stickyTextChangeProperty: 'characters' })
    const s = figma.createSticky()
    await controls.flush()
    controls.user.setText(s, 'x')
    await controls.flush()
    expect(summary(batches[1] ?? [])).toEqual([['PROPERTY_CHANGE', s.id, 'LOCAL', ['characters']]])
  })

  it('nothing is recorded while nobody listens, and off() stops delivery', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    await figma.loadAllPagesAsync()
    figma.createSection()
    const batches: unknown[] = []
    const cb = (e: DocumentChangeEvent): void => void batches.push(e)
    figma.on('documentchange', cb)
    await controls.flush()
    expect(batches).toHaveLength(0)
    figma.off('documentchange', cb)
    figma.createSection()
    await controls.flush()
    expect(batches).toHaveLength(0)
  })
})

import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'

describe('rule 11: notify, viewport, clientStorage, events, counters', () => {
  it('notify records message, options and error flag; >100 characters is truncated with a warning', () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    const handle = figma.notify('Board created')
    figma.notify('Could not read the CSV', { error: true, timeout: 5000 })
    const long = 'x'.repeat(130)
    figma.notify(long)
    handle.cancel()
    expect(controls.notifications.map((n) => [n.message.length, n.options?.error ?? false, n.cancelled])).toEqual([
      [13, false, true],
      [22, true, false],
      [130, false, false],
    ])
    expect(controls.notifications[2]?.shown).toHaveLength(100)
    expect(controls.warnings.some((w) => w.includes('truncates'))).toBe(true)
  })

  it('viewport: scrollAndZoomIntoView is recorded and centres on the nodes', () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    const s = figma.createSection()
    s.x = 1000
    s.y = 500
    s.resizeWithoutConstraints(400, 200)
    figma.viewport.scrollAndZoomIntoView([s])
    expect(controls.scrolledTo).toEqual([[s.id]])
    expect(figma.viewport.center).toEqual({ x: 1200, y: 600 })
    const b = figma.viewport.bounds
    expect(b.x <= 1000 && b.x + b.width >= 1400).toBe(true)
    s.remove()
    expect(() => figma.viewport.scrollAndZoomIntoView([s])).toThrow(/does not exist/)
  })

  it('clientStorage: structured clone, async, 5 MB limit, dump/seed', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    const draft = { rows: [{ stage: 'Discover' }], at: new Date(5) }
    await figma.clientStorage.setAsync('draft', draft)
    draft.rows.push({ stage: 'mutated' })
    const back = (await figma.clientStorage.getAsync('draft')) as typeof draft
    expect(back).toEqual({ rows: [{ stage: 'Discover' }], at: new Date(5) })
    expect(await figma.clientStorage.getAsync('missing')).toBeUndefined()
    await expect(figma.clientStorage.setAsync('fn', { f: () => 1 })).rejects.toThrow(/could not be cloned/)
    await expect(figma.clientStorage.setAsync('big', 'x'.repeat(5 * 1024 * 1024))).rejects.toThrow(/5 MB/)
    expect(await figma.clientStorage.keysAsync()).toEqual(['draft'])
    const next = createFigmaEmulator({ editorType: 'figjam', clientStorage: controls.clientStorage.dump() })
    expect(await next.figma.clientStorage.getAsync('draft')).toEqual(back)
    await next.figma.clientStorage.deleteAsync('draft')
    expect(await next.figma.clientStorage.keysAsync()).toEqual([])
  })

  it("events: 'run' and 'selectionchange' are asynchronous; invalid types throw", async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam', command: 'edit' })
    const runs: RunEvent[] = []
    figma.on('run', (e) => runs.push(e))
    let selections = 0
    figma.on('selectionchange', () => void selections++)
    const s = figma.createSection()
    figma.currentPage.selection = [s]
    controls.triggerRun()
    expect(runs).toHaveLength(0)
    await controls.flush()
    expect(runs).toEqual([{ command: 'edit', parameters: undefined }])
    expect(selections).toBe(1)
    expect(controls.selection).toEqual([s])
    expect(() => figma.on('nonsense' as 'close', () => {})).toThrow(/Invalid event type/)
  })

  it('counts API calls and commitUndo steps', () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    const s = figma.createSection() // 1 call
    s.x = 3 // 1 write
    s.setPluginData('a', 'b') // 1 call
    void s.x // reads are free
    figma.commitUndo() // 1 call
    expect(controls.apiCalls).toBe(4)
    expect(controls.undoSteps).toBe(1)
    controls.resetCounters()
    expect(controls.apiCalls).toBe(0)
  })

  it('ids are unique and Figma-like; controls.nodes() is depth-first', () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    const a = figma.createSection()
    const b = figma.createSticky()
    const c = figma.createSection()
    a.appendChild(b)
    expect(new Set([a.id, b.id, c.id]).size).toBe(3)
    expect(a.id).toMatch(/^\d+:\d+$/)
    expect(controls.nodes()).toEqual([a, b, c])
  })
})

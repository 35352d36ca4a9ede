import { copyFileSync, readFileSync } from 'node:fs'
import type { Frame, FrameLocator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { JsonNode } from '../playground/board-json'
import { LOCALES } from '../../src/core/i18n/locale'
import { panelCatalogs } from '../../ui/i18n/context'
import { compareWithBaseline, jsonBaseline } from './compare-image'
import { playgroundPages } from './server'

/**
 * The playground in Debian's Chromium, used the way a person uses it: the real panel
 * in its iframe, the real plugin drawing on the emulated board.
 */

const openPage = playgroundPages()

async function open(query = ''): Promise<{ page: Page; panel: FrameLocator; errors: string[] }> {
  const { page, errors } = await openPage({ width: 1400, height: 900 }, query)
  await page.waitForFunction(() => (window as unknown as { journeyLanesPlayground?: { sampleDrawn: boolean } }).journeyLanesPlayground?.sampleDrawn)
  expect(errors).toEqual([])
  return { page, panel: page.frameLocator('#panel'), errors }
}

const nodes = (page: Page): Promise<JsonNode[]> =>
  page.evaluate(() => (window as unknown as { journeyLanesPlayground: { nodes: () => JsonNode[] } }).journeyLanesPlayground.nodes())

function all(list: JsonNode[]): JsonNode[] {
  return list.flatMap((n) => [n, ...all(n.children ?? [])])
}

/** Drags a node on the board by (dx, dy) screen pixels, holding it `grip` pixels in from its corner. */
async function dragBy(page: Page, id: string, dx: number, dy: number, grip = 10): Promise<void> {
  // The plugin may still be settling what came before (a generate, a sync pass): wait until
  // the board shows it, so the element held is not replaced by the next redraw mid-drag,
  // and again after, so the next step finds the board as the drag left it.
  await settle(page)
  const el = page.locator(`[data-node-id="${id}"]`)
  await el.scrollIntoViewIfNeeded()
  const box = (await el.boundingBox())!
  await page.mouse.move(box.x + grip, box.y + grip)
  await page.mouse.down()
  await page.mouse.move(box.x + grip + dx, box.y + grip + dy, { steps: 6 })
  await page.mouse.up()
  await settle(page)
}

/** Waits until the plugin has handled every change so far and the board shows it. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { journeyLanesPlayground: { settle: () => Promise<void> } }).journeyLanesPlayground.settle())
}

function section(list: JsonNode[], name: string): JsonNode {
  const found = list.find((n) => n.type === 'SECTION' && n.name === name)
  if (!found) throw new Error(`no section "${name}" among ${list.map((n) => n.name).join(', ')}`)
  return found
}

describe('the playground', () => {
  it('opens with the sample interviews already drawn by the plugin', async () => {
    const { page } = await open()
    const board = section(await nodes(page), 'bike-share-interviews')
    const stickies = all([board]).filter((n) => n.type === 'STICKY')
    expect(stickies.length).toBeGreaterThan(10)
    expect(all([board]).map((n) => n.text)).toContain('Discover')
    await page.close()
  })

  it.each(['light', 'dark'] as const)('builds a journey in the panel with keyboard and mouse, generates it and drags a card, in %s', async (theme) => {
    const { page, panel } = await open()
    if (theme === 'dark') {
      // The page's own switch, not the URL: page and panel both turn dark.
      await page.locator('#theme').selectOption('dark')
      const frame = page.frame({ url: /ui\.html/ }) as Frame
      await frame.waitForSelector('html.figma-dark')
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
      expect(await page.locator('#board svg > rect').first().getAttribute('fill')).toBe('#1E1E1E')
    }
    const title = panel.getByRole('textbox', { name: 'Journey title' })
    await title.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Onboarding')
    await panel.getByRole('button', { name: 'Add stage' }).click()
    // The new stage's name is focused and selected: typing names it.
    await page.keyboard.type('Follow-up')
    await panel.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ index: 5 })
    await panel.getByRole('textbox', { name: /^Actions/ }).click()
    await page.keyboard.type('Signs the contract')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Gets a welcome pack')
    await panel.getByRole('checkbox', { name: 'No score at “Follow-up”' }).uncheck()
    await panel.getByRole('spinbutton', { name: 'Score at “Follow-up”, as a number' }).fill('2')
    await panel.getByRole('button', { name: 'Generate board' }).click()
    await panel.getByText('Journey map drawn: 6 stages, 2 cards.').waitFor()

    const board = section(await nodes(page), 'Onboarding')
    const texts = all([board]).map((n) => n.text)
    expect(texts).toEqual(expect.arrayContaining(['Follow-up', 'Signs the contract', 'Gets a welcome pack']))
    expect(all([board]).filter((n) => n.type === 'VECTOR')).toHaveLength(0)

    const card = all([board]).find((n) => n.text === 'Gets a welcome pack')!
    await dragBy(page, card.id, 0, 80)
    expect(all(await nodes(page)).find((n) => n.id === card.id)!.y).toBeGreaterThan(card.y + 30)
    await page.close()
  })

  it('adds a sticky with the button and by double-clicking inside a map, typed in place', async () => {
    const { page } = await open()
    const stickies = async () => all(await nodes(page)).filter((n) => n.type === 'STICKY')
    const before = await stickies()
    await page.getByRole('button', { name: 'Add sticky' }).click()
    await page.keyboard.type('Asks a friend')
    await page.keyboard.press('Enter')
    const afterButton = await stickies()
    expect(afterButton).toHaveLength(before.length + 1)
    expect(afterButton.map((n) => n.text)).toContain('Asks a friend')
    await expect.poll(() => page.getByRole('button', { name: 'Sticky: Asks a friend' }).count()).toBe(1)

    // An empty spot inside the map: its section's own background.
    const map = section(await nodes(page), 'bike-share-interviews')
    const background = page.locator(`[data-node-id="${map.id}"] > rect`)
    const box = (await background.boundingBox())!
    await page.mouse.dblclick(box.x + box.width - 20, box.y + box.height - 20)
    await page.keyboard.type('Reads the terms')
    await page.keyboard.press('Enter')
    const added = all([section(await nodes(page), 'bike-share-interviews')]).find((n) => n.text === 'Reads the terms')
    expect(added?.type).toBe('STICKY')
    expect(await stickies()).toHaveLength(before.length + 2)
    await page.close()
  })

  it('fits the whole board in view with Fit board, and back', async () => {
    const { page } = await open()
    // A short window: the board, drawn as wide as its area, runs off the bottom.
    await page.setViewportSize({ width: 1400, height: 560 })
    const board = page.locator('#board')
    const overflows = () => board.evaluate((el) => el.scrollHeight > el.clientHeight + 1)
    expect(await overflows()).toBe(true)
    await page.getByRole('button', { name: 'Fit board' }).click()
    expect(await overflows()).toBe(false)
    const [area, drawing] = [(await board.boundingBox())!, (await page.locator('#board svg').boundingBox())!]
    expect(drawing.height).toBeLessThanOrEqual(area.height)
    // Still usable fitted: a sticky can be picked and dragged.
    const sticky = page.locator('[data-type="STICKY"]').first()
    const id = (await sticky.getAttribute('data-node-id'))!
    const before = all(await nodes(page)).find((n) => n.id === id)!
    await dragBy(page, id, 40, 0)
    expect(all(await nodes(page)).find((n) => n.id === id)!.x).toBeGreaterThan(before.x + 40)
    await page.getByRole('button', { name: 'Fit board' }).click()
    expect(await overflows()).toBe(true)
    await page.close()
  })

  it('draws the sample board as reviewed: node types, names, roles, places, text and colours', async () => {
    const { page } = await open()
    const role = (n: JsonNode) => (n.tags.tag ? (JSON.parse(n.tags.tag) as { role?: string }).role : undefined)
    // Stable fields only: no ids, no path data, positions and sizes rounded.
    const stable = (list: JsonNode[]): unknown[] =>
      list.map((n) => ({
        type: n.type,
        name: n.name,
        ...(role(n) ? { role: role(n) } : {}),
        box: [n.x, n.y, n.width, n.height].map(Math.round).join(' '),
        ...(n.text !== undefined ? { text: n.text } : {}),
        ...(n.fill !== undefined ? { fill: n.fill } : {}),
        ...(n.children ? { children: stable(n.children) } : {}),
      }))
    const board = stable(await nodes(page))
    // On failure the diff names the node and the field that changed.
    expect(board).toEqual(jsonBaseline(board, 'test/browser/baselines/sample-board.json'))
    await page.close()
  })

  it('imports a Russian Windows-1251 CSV through the file input and generates it', async () => {
    const { page, panel } = await open()
    await panel.getByRole('tab', { name: 'Import' }).click()
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'shop-map-ru-cp1251.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('examples/shop-map-ru-cp1251.csv'),
    })
    await panel.getByText('Оформление заказа').first().waitFor()
    await panel.getByRole('button', { name: 'Generate now' }).click()
    await page.waitForFunction(
      () => (window as unknown as { journeyLanesPlayground: { nodes: () => { type: string }[] } }).journeyLanesPlayground.nodes().filter((n) => n.type === 'SECTION').length === 2,
    )
    const board = section(await nodes(page), 'shop-map-ru-cp1251')
    const texts = all([board]).map((n) => n.text)
    expect(texts).toEqual(expect.arrayContaining(['Узнал о магазине', 'Оформление заказа', 'Сравнивает модели', 'Читает отзывы']))
    await page.close()
  })

  it('moves a sticky a person drags on the board', async () => {
    const { page } = await open()
    const sticky = page.locator('[data-type="STICKY"]').first()
    const id = (await sticky.getAttribute('data-node-id'))!
    const before = all(await nodes(page)).find((n) => n.id === id)!
    const box = (await sticky.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 6 })
    await page.mouse.up()
    const after = all(await nodes(page)).find((n) => n.id === id)!
    expect(after.x).toBeGreaterThan(before.x + 50)
    expect(after.y).toBeGreaterThan(before.y)
    await page.close()
  })

  it('redraws the emotion curve while a person drags a score sticky', async () => {
    const { page } = await open()
    const role = (n: JsonNode) => (n.tags.tag ? (JSON.parse(n.tags.tag) as { role: string }).role : '')
    const curvePath = async () => all(await nodes(page)).find((n) => role(n) === 'curve')?.path
    const before = await curvePath()
    const scoreSticky = all(await nodes(page)).find((n) => role(n) === 'emotion')!
    const sticky = page.locator(`[data-node-id="${scoreSticky.id}"]`)
    await sticky.scrollIntoViewIfNeeded()
    const box = (await sticky.boundingBox())!
    // By its corner: the stage's point sits on the sticky's centre.
    await page.mouse.move(box.x + 12, box.y + 12)
    await page.mouse.down()
    await page.mouse.move(box.x + 12, box.y + 12 - 60, { steps: 6 })
    await page.mouse.up()
    // Live sync runs in the plugin on the next change batch.
    await page.waitForFunction(
      (old) => {
        const api = (window as unknown as { journeyLanesPlayground: { nodes: () => { path?: string; children?: unknown[] }[] } }).journeyLanesPlayground
        const flat = (list: { path?: string; children?: unknown[] }[]): { path?: string }[] => list.flatMap((n) => [n, ...flat((n.children ?? []) as never[])])
        return flat(api.nodes()).some((n) => n.path !== undefined && n.path !== old)
      },
      before,
    )
    expect(await curvePath()).not.toBe(before)
    await page.close()
  })

  it('edits and deletes a sticky with the keyboard', async () => {
    const { page } = await open()
    const sticky = page.locator('[data-type="STICKY"]').nth(1)
    const id = (await sticky.getAttribute('data-node-id'))!
    await sticky.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('Retyped in the workshop')
    await page.keyboard.press('Enter')
    expect(all(await nodes(page)).find((n) => n.id === id)?.text).toBe('Retyped in the workshop')
    await page.locator(`[data-node-id="${id}"]`).focus()
    await page.keyboard.press('Delete')
    expect(all(await nodes(page)).find((n) => n.id === id)).toBeUndefined()
    await page.close()
  })

  it('lets a facilitator edit the selected map, regenerate it in place and find removed cards in the Parking lot', async () => {
    const { page, panel } = await open()
    const before = section(await nodes(page), 'bike-share-interviews')
    const texts = all([before]).filter((n) => n.type === 'STICKY').map((n) => n.text)
    // Selecting a sticky on the board selects it in the plugin's document too.
    await page.locator('[data-type="STICKY"]').first().click()
    await panel.getByRole('button', { name: 'Edit this map' }).click()
    await panel.getByText('Editing “bike-share-interviews” on the board.').waitFor()
    await panel.getByRole('button', { name: 'Remove stage “Discover”' }).click()
    await panel.getByRole('button', { name: 'Regenerate map' }).click()
    await panel.getByText(/^The map is relaid out: .* in the Parking lot/).waitFor()

    const after = await nodes(page)
    const lot = section(after, 'Parking lot · bike-share-interviews')
    const parked = all([lot]).filter((n) => n.type === 'STICKY').map((n) => n.text)
    expect(parked.length).toBeGreaterThan(0)
    const mapNow = all([section(after, 'bike-share-interviews')]).filter((n) => n.type === 'STICKY').map((n) => n.text)
    // Nothing lost: every sticky is on the map or in the lot.
    expect([...mapNow, ...parked].sort()).toEqual([...texts].sort())
    expect(all([section(after, 'bike-share-interviews')]).map((n) => n.text)).not.toContain('Discover')

    // The same structure for the next group: a second map, with no cards.
    await panel.getByRole('button', { name: 'New board from this map' }).click()
    await panel.getByText(/^Journey map drawn: \d+ stages, 0 cards\./).waitFor()
    await page.close()
  })

  it('in Figma Design, generates a board of card frames and moves, edits and deletes a card', async () => {
    const { page, panel, errors } = await open()
    // The page's own switch, as a person would flip it: the page reloads in Design mode.
    await Promise.all([page.waitForURL(/editor=figma/), page.locator('#editor').selectOption('figma')])
    await page.waitForFunction(() => (window as unknown as { journeyLanesPlayground?: { sampleDrawn: boolean } }).journeyLanesPlayground?.sampleDrawn)
    // No stickies in Design: adding one is refused on the page, not with an uncaught error.
    await expect.poll(() => page.locator('#add-sticky').isDisabled()).toBe(true)
    expect(await page.locator('#editor-note').textContent()).toContain('Figma Design has no stickies')
    await panel.getByRole('button', { name: 'Generate board' }).click()
    await panel.getByText(/^Journey map drawn/).waitFor()
    const cards = all(await nodes(page)).filter((n) => n.type === 'FRAME' && n.tags.tag !== undefined && (JSON.parse(n.tags.tag) as { role: string }).role === 'card')
    expect(cards.length).toBeGreaterThan(0)
    expect(all(await nodes(page)).some((n) => n.type === 'STICKY')).toBe(false)

    const id = cards.at(-1)!.id
    await dragBy(page, id, 80, 40)
    const moved = all(await nodes(page)).find((n) => n.id === id)!
    expect(moved.x).toBeGreaterThan(cards.at(-1)!.x + 30)

    await page.locator(`[data-node-id="${id}"]`).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Calls support')
    await page.keyboard.press('Enter')
    expect(all(await nodes(page)).find((n) => n.id === id)?.children?.find((c) => c.type === 'TEXT')?.text).toBe('Calls support')

    await page.locator(`[data-node-id="${id}"]`).click()
    await page.locator('#delete-sticky').click()
    expect(all(await nodes(page)).find((n) => n.id === id)).toBeUndefined()
    // Double-clicking an empty spot says why no sticky appears, and throws nothing.
    await page.locator('#board svg').dblclick({ position: { x: 5, y: 5 } })
    await expect.poll(() => page.locator('#board-status').textContent()).toContain('Figma Design has no stickies')
    expect(errors).toEqual([])
    await page.close()
  })

  it('shrinks the panel to the Live sync strip when collapsed, and grows it back', async () => {
    const { page, panel } = await open()
    const size = async () => {
      const box = (await page.locator('#panel').boundingBox())!
      return [Math.round(box.width), Math.round(box.height)]
    }
    // The iframe's border adds a pixel each side.
    expect(await size()).toEqual([422, 682])
    await panel.getByRole('button', { name: 'Collapse' }).click()
    await expect.poll(size).toEqual([302, 58])
    await panel.getByRole('button', { name: 'Expand' }).click()
    await expect.poll(size).toEqual([422, 682])
    await page.close()
  })

  it('says on the page when the plugin has closed, and runs it again on request', async () => {
    const { page, errors } = await open()
    const frame = page.frame({ url: /ui\.html/ }) as Frame
    // The panel's own message for closing the plugin, as its UI would send it.
    await frame.evaluate(() => parent.postMessage({ pluginMessage: { type: 'close' } }, '*'))
    const closed = page.getByRole('alert')
    await expect.poll(() => closed.textContent()).toContain('The plugin closed.')
    expect(await page.locator('#panel').isVisible()).toBe(false)
    await page.getByRole('button', { name: 'Run the plugin again' }).click()
    await page.waitForFunction(() => (window as unknown as { journeyLanesPlayground?: { sampleDrawn: boolean } }).journeyLanesPlayground?.sampleDrawn)
    expect(await page.locator('#panel').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  it.each(LOCALES)('shows the panel in %s, mirrored for Hebrew, and draws a board in that language', async (locale) => {
    const { page, panel } = await open()
    const strings = panelCatalogs[locale] as Readonly<Record<string, string>>
    await panel.getByRole('button', { name: panelCatalogs.en[`ui.language.name.${locale}`] }).click()
    await panel.getByRole('button', { name: strings['ui.generate.button'] }).waitFor()
    const frame = page.frame({ url: /ui\.html/ }) as Frame
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, locale === 'he' ? 'rtl' : 'ltr'])
    // Mirrored: the first tab sits at the right end of the tab list in Hebrew.
    const tabs = await panel.getByRole('tab').all()
    const [first, last] = [await tabs[0]!.boundingBox(), await tabs.at(-1)!.boundingBox()]
    expect(first!.x > last!.x).toBe(locale === 'he')
    if (process.env.UPDATE_DOCS === '1') await page.screenshot({ path: `docs/panel-${locale}.png`, clip: { x: 0, y: 40, width: 440, height: 860 } })

    await panel.getByRole('button', { name: strings['ui.generate.button'] }).click()
    const title = strings['template.customer.title']!
    await page.waitForFunction(
      (name) => (window as unknown as { journeyLanesPlayground: { nodes: () => { name?: string }[] } }).journeyLanesPlayground.nodes().some((n) => n.name === name),
      title,
    )
    const board = section(await nodes(page), title)
    const headers = all([board]).filter((n) => n.type === 'SHAPE_WITH_TEXT')
    expect(headers.map((h) => h.text)).toContain(strings['template.customer.stage1'])
    await page.close()
  })

  it.each(['light', 'dark'] as const)('looks as reviewed in the %s theme', async (theme) => {
    const { page } = await open(`?theme=${theme}`)
    const frame = page.frame({ url: /ui\.html/ }) as Frame
    await frame.waitForSelector(`html.figma-${theme}`)
    await page.waitForTimeout(300)
    const shot = await page.screenshot()
    // The panel and the board on their own too: a missing button is a large share of the panel.
    const region = async (selector: string) => {
      const b = (await page.locator(selector).boundingBox())!
      return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) }
    }
    const regions = { panel: await region('#panel'), board: await region('#board') }
    const { changed } = compareWithBaseline(shot, `test/browser/baselines/playground-${theme}.png`, regions)
    // At most 0.1% of pixels beyond the per-pixel colour threshold, in each part.
    for (const name of ['page', 'panel', 'board']) expect(changed[name] ?? 0, `${name} pixels changed`).toBeLessThan(0.001)
    if (process.env.UPDATE_BASELINES === '1') copyFileSync(`test/browser/baselines/playground-${theme}.png`, `docs/playground-${theme}.png`)
    await page.close()
  })
})

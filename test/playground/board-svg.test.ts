import { describe, expect, it } from 'vitest'
import { createFigmaEmulator } from '../emulator'
import { pageToSvg } from './board-svg'

/** The drawn connector's group, by its node id. */
function connectorGroup(svg: string, id: string): string {
  const start = svg.indexOf(`data-node-id="${id}"`)
  expect(start).toBeGreaterThan(-1)
  return svg.slice(start, svg.indexOf('</g>', start))
}

function board() {
  const { figma } = createFigmaEmulator({ editorType: 'figjam' })
  const a = figma.createSticky()
  a.x = 0
  a.y = 0
  const b = figma.createSticky()
  b.x = 600
  b.y = 400
  const connector = figma.createConnector()
  return { figma, a, b, connector }
}

describe('board-svg: connectors', () => {
  it('draws an elbowed line between the centres of the stickies it joins, with an arrow at the end', () => {
    const { figma, a, b, connector } = board()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' }
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'CENTER' }
    const g = connectorGroup(pageToSvg(figma.currentPage, { interactive: true }), connector.id)
    // Sticky centres: (120, 120) and (720, 520); wider than tall, so across, down, across.
    expect(g).toContain('d="M 120 120 H 420 V 520 H 720"')
    // The emulator's default end cap is ARROW_LINES: an open chevron ending on the end point.
    expect(g).toMatch(/class="cap" d="M [\d.]+ [\d.]+ L 720 520 L [\d.]+ [\d.]+" fill="none"/)
    expect(g).not.toContain('stroke-dasharray="4 4"')
  })

  it('draws a straight dashed line between free positions, in its stroke colour and weight, with the caps asked for', () => {
    const { figma, connector } = board()
    connector.connectorLineType = 'STRAIGHT'
    connector.connectorStart = { position: { x: 10, y: 20 } }
    connector.connectorEnd = { position: { x: 310, y: 20 } }
    connector.strokes = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }]
    connector.strokeWeight = 2
    connector.dashPattern = [6, 3]
    connector.connectorStartStrokeCap = 'CIRCLE_FILLED'
    connector.connectorEndStrokeCap = 'TRIANGLE_FILLED'
    const g = connectorGroup(pageToSvg(figma.currentPage, { interactive: true }), connector.id)
    expect(g).toContain('d="M 10 20 L 310 20" fill="none" stroke="#ff0000" stroke-width="2" stroke-dasharray="6 3"')
    expect(g).toContain('<circle class="cap" cx="10" cy="20"')
    expect(g).toMatch(/<path class="cap" d="M 310 20 L [\d.]+ [\d.]+ L [\d.]+ [\d.]+ Z" fill="#ff0000"/)
  })

  it('joins a sticky inside a section at the sticky’s place on the board', () => {
    const { figma, a, connector } = board()
    const section = figma.createSection()
    section.x = 1000
    section.y = 1000
    section.resizeWithoutConstraints(800, 800)
    const inside = figma.createSticky()
    section.appendChild(inside)
    inside.x = 100
    inside.y = 200
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'BOTTOM' }
    connector.connectorEnd = { endpointNodeId: inside.id, magnet: 'TOP' }
    connector.connectorStartStrokeCap = 'NONE'
    connector.connectorEndStrokeCap = 'NONE'
    const g = connectorGroup(pageToSvg(figma.currentPage, { interactive: true }), connector.id)
    // a's bottom centre (120, 240) to the inner sticky's top centre (1220, 1200).
    expect(g).toContain('d="M 120 240 H 670 V 1200 H 1220"')
    expect(g).not.toContain('class="cap"')
  })
})

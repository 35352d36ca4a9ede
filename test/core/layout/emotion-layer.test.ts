import { describe, expect, it } from 'vitest'
import { emotionLayer } from '../../../src/core/layout/emotion-layer'
import { LANE_MARKS, type LaneSticky } from '../../../src/core/layout/emotion-model'
import { layout } from '../../../src/core/layout/layout'
import { yOfScore } from '../../../src/core/layout/layout-math'
import type { LayerNode } from '../../../src/core/layout/plan'
import { createTemplate } from '../../../src/core/templates/built-in'

const journey = createTemplate('customer', 'en')
const { grid } = layout(journey)
const span = grid.scale!
const PATIENT = { id: 'patient', name: 'Patient', color: '#BDE3FF' }
const DENTIST = { id: 'dentist', name: 'Dentist', color: '#FFC7C2' }

function sticky(id: string, stage: number, score: number, fillHex: string): LaneSticky {
  const col = grid.columns[stage]!
  return { id, x: col.x + 24, y: yOfScore(score, journey.scale, span) - 120, width: 240, height: 240, text: '', fillHex }
}

const moments = (nodes: LayerNode[]) => nodes.filter((n): n is Extract<LayerNode, { kind: 'moment' }> => n.kind === 'moment')

describe('the emotion lane as Plan nodes', () => {
  it('with one curve, a marker says only its moment, at the standard width', () => {
    const { nodes } = emotionLayer({ grid, scale: journey.scale, personas: [PATIENT], stickies: [sticky('a', 0, 2, PATIENT.color), sticky('b', 1, -2, PATIENT.color)] })
    expect(moments(nodes).map((m) => m.text).sort()).toEqual(['Highest point', 'Lowest point', 'Steepest drop'])
    expect(moments(nodes).every((m) => m.box.width === LANE_MARKS.moment.width)).toBe(true)
  })

  it('with several curves, each marker names whose curve it marks, widened about its centre to fit', () => {
    const stickies = [sticky('a', 0, 2, PATIENT.color), sticky('b', 1, -2, PATIENT.color), sticky('c', 0, -1, DENTIST.color), sticky('d', 1, 1, DENTIST.color)]
    const { nodes, state } = emotionLayer({ grid, scale: journey.scale, personas: [PATIENT, DENTIST], stickies, locale: 'ru' })
    const marks = moments(nodes)
    expect(marks.map((m) => m.text).sort()).toEqual(['Самая высокая точка · Dentist', 'Самая высокая точка · Patient', 'Самая низкая точка · Dentist', 'Самая низкая точка · Patient', 'Самое резкое падение · Patient'].sort())
    for (const m of marks) {
      const plain = state.moments.find((s) => s.kind === m.moment && s.personaId === m.personaId)!.box
      expect(m.box.width).toBeGreaterThanOrEqual(plain.width)
      expect(m.box.x + m.box.width / 2).toBeCloseTo(plain.x + plain.width / 2, 6)
      // Room for the text at the markers' 12 px: about 0.56 em a glyph, plus padding.
      expect(m.box.width).toBeGreaterThanOrEqual(m.text.length * 12 * 0.56)
    }
  })
})

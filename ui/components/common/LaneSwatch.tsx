import type { LaneKind } from '../../../src/core/model/lane-kinds'
import { LANE_COLOR, PALETTE_HEX } from '../../../src/core/model/palette'

/** A lane's sticky colour, as on the board: taken from the one palette table, not copied into CSS. */
export function LaneSwatch({ kind }: { kind: LaneKind }) {
  return <span class="swatch" style={{ background: PALETTE_HEX[LANE_COLOR[kind]] }} aria-hidden="true" />
}

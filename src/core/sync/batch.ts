import type { Box, Grid } from '../layout/plan'

/**
 * Live sync's decisions about one batch of node changes, as plain data in and out,
 * so they are tested without Figma. The sandbox turns each NodeChange into a
 * ChangeFact, answers `look` questions about live nodes, and acts on the BatchPlan:
 * which maps to recompute, which to forget, which nodes to index.
 *
 * The rule of thumb: a change matters when it can change what a map's emotion lane
 * counts — a sticky that was counted (the index says so) or that sits near the lane
 * now — or when the sync's own drawing lost a node. Everything else costs a lookup
 * in the index at most, and a few property reads when the node is live and unknown.
 */

export type ChangeType = 'CREATE' | 'DELETE' | 'PROPERTY_CHANGE'

/** A node change as the event gives it: nothing read from the node. */
export interface ChangeFact {
  type: ChangeType
  id: string
  origin: 'LOCAL' | 'REMOTE'
  /** the event carries a RemovedNode: the node is gone now */
  removed: boolean
  nodeType: string
  properties: readonly string[]
}

/** What the index remembers about a node: which map it belongs to, and as what. */
export type Membership =
  /** the map's section itself */
  | { kind: 'map'; sectionId: string }
  /** a sticky the map's emotion lane counted at its last recompute */
  | { kind: 'lane'; sectionId: string }
  /** a node of the map's emotion layer (curve, mean point, band, moment marker, legend) */
  | { kind: 'layer'; sectionId: string }

/** What the sandbox finds when it looks at a live node the index cannot place. */
export interface NodeLook {
  /** the map section the node is in (or is); null: in no map */
  sectionId: string | null
  /** the node is a map's section */
  isMap: boolean
  /** the node is tagged as part of that map's emotion layer */
  layer: boolean
  /** it may count in the map's emotion lane now; null when its position could not be judged (assume it may) */
  nearLane: boolean | null
}

/** Properties whose change can change what a counted sticky means. */
const LANE_PROPERTIES: ReadonlySet<string> = new Set(['x', 'y', 'width', 'height', 'relativeTransform', 'parent', 'text', 'characters', 'fills'])
/** Properties that move or resize a node. */
const GEOMETRY: ReadonlySet<string> = new Set(['x', 'y', 'width', 'height', 'relativeTransform', 'parent'])
/** Properties that say nothing about position, text or colour are never worth a look. */
export function canAffectLane(properties: readonly string[]): boolean {
  return properties.some((p) => LANE_PROPERTIES.has(p))
}

export type Reason = 'lane' | 'layer-lost' | 'new-map' | 'record' | 'title'

export interface BatchPlan {
  /** maps whose emotion lane is recomputed (and layer re-applied), with why */
  recompute: Map<string, Set<Reason>>
  /** maps whose record must be read again and whose index entries rebuilt first */
  reindex: Set<string>
  /** maps whose section is gone: forget them */
  gone: Set<string>
  /** maps whose only change is their title (section name) */
  retitle: Set<string>
  /** live layer nodes the index did not know (drawn outside a callback, or pasted): node id → map */
  adopt: Map<string, string>
  /** how many changes needed a look at the live node */
  looked: number
}

type Step =
  | { do: 'ignore' }
  | { do: 'recompute'; sectionId: string; reason: Reason; look?: true }
  | { do: 'gone'; sectionId: string }
  | { do: 'reindex'; sectionId: string }
  | { do: 'retitle'; sectionId: string }
  | { do: 'look' }

const IGNORE: Step = { do: 'ignore' }

/** First judgement from the event and the index alone. */
export function triage(change: ChangeFact, known: Membership | undefined): Step {
  if (change.type === 'DELETE' || change.removed) {
    if (!known) return IGNORE
    switch (known.kind) {
      case 'map':
        return change.type === 'DELETE' ? { do: 'gone', sectionId: known.sectionId } : IGNORE
      case 'lane':
        return { do: 'recompute', sectionId: known.sectionId, reason: 'lane' }
      case 'layer':
        // A person deleted the curve or a marker: the sync draws it again.
        return change.type === 'DELETE' ? { do: 'recompute', sectionId: known.sectionId, reason: 'layer-lost' } : IGNORE
    }
  }
  if (change.type === 'CREATE') return known?.kind === 'layer' ? IGNORE : { do: 'look' }

  const props = change.properties
  if (!known) {
    if (change.nodeType === 'SECTION' && props.includes('pluginData')) return { do: 'look' } // it may have just become a map
    return canAffectLane(props) ? { do: 'look' } : IGNORE
  }
  switch (known.kind) {
    case 'map':
      if (props.includes('pluginData')) return { do: 'reindex', sectionId: known.sectionId }
      if (props.includes('name')) return { do: 'retitle', sectionId: known.sectionId }
      return IGNORE // moved or resized as a whole: section-local positions are unchanged
    case 'layer':
      // A person moved or resized the curve or a marker: put it back now, as if deleted.
      // (The sync's own writes outside a callback are told apart before triage: isOwnEcho.)
      return props.some((p) => GEOMETRY.has(p)) ? { do: 'recompute', sectionId: known.sectionId, reason: 'layer-lost' } : IGNORE
    case 'lane':
      if (!canAffectLane(props)) return IGNORE
      // Dragged into another section: that map may count it now.
      return props.includes('parent')
        ? { do: 'recompute', sectionId: known.sectionId, reason: 'lane', look: true }
        : { do: 'recompute', sectionId: known.sectionId, reason: 'lane' }
  }
}

/** Second judgement, once the sandbox has looked at the live node. */
export function judge(change: ChangeFact, look: NodeLook): Step {
  if (look.sectionId === null) return IGNORE
  // A map section created (drawn, pasted, undone back) or given its record: read it and index it.
  if (look.isMap) return { do: 'reindex', sectionId: look.sectionId }
  // A layer node the index does not know: a person duplicated or pasted one (adopted by
  // planBatch); the recompute keeps one node per mark and removes the copy.
  if (look.layer) return { do: 'recompute', sectionId: look.sectionId, reason: 'layer-lost' }
  if (look.nearLane === false) return IGNORE
  return { do: 'recompute', sectionId: look.sectionId, reason: 'lane' }
}

/**
 * Plans what one batch asks of the sync. `known` is the index; `look` is asked only
 * about live nodes the index cannot settle, at most once per change.
 */
export function planBatch(changes: readonly ChangeFact[], known: (id: string) => Membership | undefined, look: (change: ChangeFact) => NodeLook): BatchPlan {
  const plan: BatchPlan = { recompute: new Map(), reindex: new Set(), gone: new Set(), retitle: new Set(), adopt: new Map(), looked: 0 }
  const recompute = (sectionId: string, reason: Reason): void => {
    const reasons = plan.recompute.get(sectionId)
    if (reasons) reasons.add(reason)
    else plan.recompute.set(sectionId, new Set([reason]))
  }
  const apply = (step: Step): void => {
    switch (step.do) {
      case 'recompute':
        recompute(step.sectionId, step.reason)
        return
      case 'gone':
        plan.gone.add(step.sectionId)
        return
      case 'reindex':
        plan.reindex.add(step.sectionId)
        recompute(step.sectionId, 'record')
        return
      case 'retitle':
        plan.retitle.add(step.sectionId)
        return
      case 'ignore':
      case 'look':
        return
    }
  }
  for (const change of changes) {
    const membership = known(change.id)
    const first = triage(change, membership)
    apply(first)
    if (first.do !== 'look' && !(first.do === 'recompute' && first.look)) continue
    plan.looked += 1
    const seen = look(change)
    if (seen.layer && seen.sectionId !== null && !seen.isMap) plan.adopt.set(change.id, seen.sectionId)
    apply(judge(change, seen))
  }
  for (const id of plan.gone) {
    plan.recompute.delete(id)
    plan.reindex.delete(id)
    plan.retitle.delete(id)
  }
  return plan
}

/**
 * Whether a box's centre is in, or close to, the row of the map's emotion lane. Generous
 * on purpose (a margin around the row): a false "near" costs one recompute that writes
 * nothing, a false "far" would miss a sticky the lane counts.
 */
export function nearEmotionRow(grid: Grid, box: Box, margin: number): boolean {
  const laneId = grid.scale?.laneId
  if (laneId === undefined) return false
  const row = grid.rows.find((r) => r.laneId === laneId)
  if (!row) return false
  const cy = box.y + box.height / 2
  return cy >= row.y - margin && cy <= row.y + row.height + margin
}

/** Where the sync left a node it wrote outside a callback: a snapped sticky's position, a layer node's box. */
export interface Written {
  x: number
  y: number
  /** layer nodes: their size too, and any property may come back (path, text) */
  width?: number
  height?: number
}

/**
 * A change that only reports a node where the sync itself put it (a snap or a layer
 * write made outside a nodechange callback, which Figma reports back): nothing to do.
 */
export function isOwnEcho(change: ChangeFact, wrote: Written | undefined, now: Written | null): boolean {
  if (!wrote || !now || change.type !== 'PROPERTY_CHANGE' || change.origin !== 'LOCAL' || change.removed) return false
  const close = (a: number | undefined, b: number | undefined): boolean => a === undefined || b === undefined || Math.abs(a - b) < 0.01
  if (wrote.width === undefined && !change.properties.every((p) => p === 'x' || p === 'y' || p === 'relativeTransform')) return false
  return close(now.x, wrote.x) && close(now.y, wrote.y) && close(now.width, wrote.width) && close(now.height, wrote.height)
}

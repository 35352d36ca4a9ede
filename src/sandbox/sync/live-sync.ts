import { message } from '../../core/i18n/keys'
import { recordProblem, type MapRecord, type ReadRecord } from '../../core/board/map-record'
import type { SyncMap } from '../../core/protocol/messages'
import { isOwnEcho, planBatch, type ChangeFact, type Written } from '../../core/sync/batch'
import { SyncIndex } from '../../core/sync/node-index'
import { mapTitle, sameStatus, syncedMap, troubledMap } from '../../core/sync/status'
import { factOf, lookAt, type ChangedNode, type MapLookup } from './change-facts'
import { mapSectionsOf, readRecord } from './maps'
import { syncMap, type LaneCache } from './map-sync'

interface Slot {
  section: SectionNode
  cached: { raw: string; read: ReadRecord } | null
  /** the pass in which `cached` was last read from the section */
  readIn: number
  status: SyncMap
  /** the lane and layer as last recomputed; null when unknown (new map, record changed): the next recompute reads the whole section */
  cache: LaneCache | null
}

/** Node types that can hold a map section: deleting or creating one may delete or create maps. */
const CONTAINERS: ReadonlySet<string> = new Set(['SECTION', 'FRAME', 'GROUP'])

export interface LiveSync {
  /** Indexes the page's maps and brings each curve in line once (outside any callback). */
  start(page: PageNode): void
  /** The nodechange callback: synchronous, never throws. */
  onNodeChange(event: NodeChangeEvent): void
  /** Every tracked map as last computed. */
  status(): SyncMap[]
  /**
   * Nodes the plugin itself just made inside a map (a generate or regenerate): when their
   * creation comes back it is not news. The map's section, its record and the lane are
   * still looked at, so the map is (re)indexed as usual.
   */
  made(ids: readonly string[]): void
  /**
   * A generate or regenerate is about to write in pauses: batches arriving meanwhile
   * would see a half-drawn map with its old record, so they are not acted on.
   */
  pause(): void
  /** The handler is done: settle what changed meanwhile, once. */
  resume(): void
}

/**
 * Keeps every map's emotion curve true to its stickies while the plugin runs. Holds an
 * index of the nodes each map's lane and layer consist of, so a batch is settled by
 * lookups, and only the touched maps are read and recomputed. All reads and writes of
 * a batch happen synchronously inside the callback, under a re-entrancy guard.
 */
export function createLiveSync(report: (maps: SyncMap[]) => void, onError: (error: unknown) => void): LiveSync {
  const index = new SyncIndex()
  const slots = new Map<string, Slot>()
  /** sections seen without a record (until their plugin data changes) */
  const plain = new Set<string>()
  /** where the sync put stickies and layer nodes outside a callback: Figma reports those writes back */
  let echoes = new Map<string, Written>()
  /** outside a callback (start, resume): the sync's writes will be reported back */
  let outside = false
  let paused = 0
  /** changes delivered while paused, settled at resume */
  let held: NodeChange[] = []
  /** nodes the plugin made itself (not the lane's marks), until the batch reporting them is settled */
  let ownCreations = new Set<string>()
  let drawn: ReadonlySet<string> = new Set()
  let reported: SyncMap[] | null = null
  let busy = false
  let deferred: NodeChange[] = []
  /** one number per pass: a section's record is read at most once per pass */
  let pass = 0
  /** maps met for the first time during this pass: recomputed at its end */
  let met = new Set<string>()

  const statusNow = (): SyncMap[] => [...slots.values()].map((s) => s.status)

  function tell(force: boolean): void {
    const now = statusNow()
    if (!force && reported && sameStatus(reported, now)) return
    reported = now
    report(now)
  }

  function forget(sectionId: string): void {
    index.dropMap(sectionId)
    slots.delete(sectionId)
  }

  /** Reads the section's record (cached by its text); null when it is not a map now. */
  function recordOf(slot: Slot): MapRecord | null | undefined {
    if (slot.readIn !== pass) {
      slot.cached = readRecord(slot.section, slot.cached ?? undefined)
      slot.readIn = pass
    }
    const read = slot.cached?.read
    if (!read) return undefined
    return read.ok ? read.record : null
  }

  /** A map whose stored data is corrupt or from a newer version: reported, not synced, nothing in it written. */
  function unreadable(slot: Slot): void {
    const read = slot.cached?.read
    const problem = read && !read.ok ? recordProblem(read) : message('error.mapData', { detail: '?' })
    slot.status = troubledMap(slot.section.id, mapTitle(slot.section.name, null), problem)
  }

  /** Starts (or restarts) tracking a map section: its record, its layer nodes. */
  function register(section: SectionNode): Slot | null {
    plain.delete(section.id)
    const previous = slots.get(section.id)
    const slot: Slot = previous ?? { section, cached: null, readIn: -1, status: { sectionId: section.id, title: section.name, moments: [], outside: 0 }, cache: null }
    slot.section = section
    slot.readIn = -1 // its record may have just changed
    slot.cache = null
    const record = recordOf(slot)
    if (record === undefined) {
      forget(section.id)
      plain.add(section.id)
      return null
    }
    slots.set(section.id, slot)
    index.addMap(section.id)
    if (record === null) {
      unreadable(slot)
      index.setLane(section.id, [])
      index.setLayer(section.id, [])
      return slot
    }
    return slot
  }

  /**
   * Recomputes one map and writes what differs; returns the nodes written (0 when
   * nothing differed). Reads only the nodes the batch named, not the whole section
   * (unless the slot is new or stale).
   */
  function recompute(slot: Slot, touched: readonly SceneNode[] = [], changed: ReadonlySet<string> = new Set()): number {
    const { section } = slot
    if (section.removed) {
      forget(section.id)
      return 0
    }
    const record = recordOf(slot)
    if (record === undefined) {
      forget(section.id)
      plain.add(section.id)
      return 0
    }
    if (record === null) {
      unreadable(slot)
      return 0
    }
    try {
      const result = syncMap(section, record, slot.cache ? { cache: slot.cache, touched, changed } : undefined)
      slot.cache = result.cache
      index.setLane(section.id, result.cache.stickies.keys())
      const marks = [...result.cache.marks.values()].map((m) => m.node)
      index.setLayer(section.id, marks.map((n) => n.id))
      for (const s of result.snapped) echoes.set(s.id, { x: s.x, y: s.y })
      if (outside && result.layerWrites > 0) for (const n of marks) echoes.set(n.id, { x: n.x, y: n.y, width: n.width, height: n.height })
      slot.status = syncedMap(section.id, mapTitle(section.name, record), record, result.state)
      return result.writes
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      slot.status = troubledMap(section.id, mapTitle(section.name, record), message('sync.failed', { detail }))
      return 0
    }
  }

  const lookup: MapLookup = {
    recordOf(section) {
      const slot = slots.get(section.id)
      if (slot) return recordOf(slot)
      if (plain.has(section.id)) return undefined
      // A map the index has not met (pasted, drawn by someone else): track it from now on.
      const fresh = register(section)
      if (!fresh) return undefined
      met.add(section.id)
      return recordOf(fresh)
    },
  }

  function runBatch(changes: readonly NodeChange[]): void {
    drawn = ownCreations
    ownCreations = new Set()
    try {
      settle(changes)
    } finally {
      drawn = new Set()
    }
  }

  function settle(changes: readonly NodeChange[]): void {
    pass += 1
    met = new Set()
    const nodes = new Map<ChangeFact, ChangedNode>()
    const mine = echoes
    echoes = new Map()
    const facts: ChangeFact[] = []
    /** an unindexed container went away: maps inside it went with it */
    let containerGone = false
    /** containers created (pasted, undone back) that are not maps themselves: maps may be inside */
    const containers: (BaseNode & ChildrenMixin)[] = []
    for (const change of changes) {
      if (change.type === 'CREATE' && drawn.has(change.id)) continue
      const fact = factOf(change)
      // A section given plugin data (or new) may have just become a map.
      if (fact.nodeType === 'SECTION' && (fact.type === 'CREATE' || fact.properties.includes('pluginData'))) plain.delete(fact.id)
      const wrote = mine.get(fact.id)
      if (wrote && isOwnEcho(fact, wrote, echoOf(change.node, wrote))) continue
      if (CONTAINERS.has(fact.nodeType) && index.get(fact.id) === undefined) {
        if (fact.type === 'DELETE' || fact.removed) containerGone = true
        else if (fact.type === 'CREATE' && 'children' in change.node) containers.push(change.node)
      }
      nodes.set(fact, change.node)
      facts.push(fact)
    }
    /** live sticky-like nodes the batch touched, by the map they are in now */
    const touched = new Map<string, SceneNode[]>()
    const plan = planBatch(facts, (id) => index.get(id), (fact) => {
      const node = nodes.get(fact)
      if (!node) return { sectionId: null, isMap: false, layer: false, nearLane: false }
      const look = lookAt(node, lookup)
      if (look.sectionId !== null && !node.removed && !look.isMap) {
        const list = touched.get(look.sectionId)
        if (list) list.push(node)
        else touched.set(look.sectionId, [node])
      }
      return look
    })
    if (containerGone) for (const [id, slot] of slots) if (slot.section.removed) plan.gone.add(id)
    for (const container of containers) {
      if (container.removed) continue
      // Registers each map met (recomputed at the end of this pass); a map itself is looked at by planBatch.
      if (container.type !== 'SECTION' || lookup.recordOf(container) === undefined) for (const section of mapSectionsOf(container)) lookup.recordOf(section)
    }
    for (const id of plan.gone) forget(id)
    for (const id of plan.reindex) {
      const slot = slots.get(id)
      if (!slot || met.has(id)) continue // met this pass: just registered
      if (slot.section.removed) forget(id)
      else register(slot.section)
    }
    // A layer node the index did not know (a copy): its map's recompute finds it among the touched nodes.
    for (const [nodeId, sectionId] of plan.adopt) if (slots.has(sectionId)) index.addLayer(sectionId, nodeId)
    const changed = new Set(facts.map((f) => f.id))
    // A mark someone changed in a way not worth a redraw now (its text, say) is read again at the next one.
    for (const fact of facts) {
      const known = index.get(fact.id)
      if (known?.kind === 'layer') forgetDrawn(slots.get(known.sectionId)?.cache ?? null, fact.id)
    }
    for (const id of new Set([...plan.recompute.keys(), ...met])) {
      const slot = slots.get(id)
      if (slot) recompute(slot, touched.get(id), changed)
    }
    for (const id of plan.retitle) {
      const slot = slots.get(id)
      if (slot && !slot.section.removed) slot.status = { ...slot.status, title: mapTitle(slot.section.name, slot.cached?.read.ok ? slot.cached.read.record : null) }
    }
    tell(false)
  }

  /** Settles a batch, and any delivered while it ran. */
  function take(changes: readonly NodeChange[]): void {
    if (busy) {
      // Only reachable if Figma delivered a batch while a pass runs; handled right after it.
      deferred.push(...changes)
      return
    }
    busy = true
    try {
      runBatch(changes)
      while (deferred.length > 0) {
        const more = deferred
        deferred = []
        runBatch(more)
      }
    } catch (error) {
      onError(error)
    } finally {
      busy = false
    }
  }

  return {
    start(page) {
      index.sections().forEach(forget)
      plain.clear()
      echoes = new Map()
      pass += 1
      busy = true
      outside = true
      try {
        for (const section of mapSectionsOf(page)) {
          const slot = register(section)
          if (slot) recompute(slot)
        }
      } catch (error) {
        onError(error)
      } finally {
        busy = false
        outside = false
      }
      tell(true)
    },

    pause() {
      paused += 1
    },

    resume() {
      if (paused === 0) return
      paused -= 1
      if (paused > 0 || held.length === 0) return
      // What the handler and people changed meanwhile is settled now, once, with the map
      // whole and its record new. The handler's creations stay known for the batch Figma
      // has yet to deliver; the sync's writes here are reported back, as at start.
      const changes = held
      held = []
      const mine = ownCreations
      outside = true
      try {
        take(changes)
      } finally {
        outside = false
        for (const id of mine) ownCreations.add(id)
      }
    },

    onNodeChange(event) {
      if (paused > 0) held.push(...event.nodeChanges)
      else take(event.nodeChanges)
    },

    status: statusNow,

    made(ids) {
      for (const id of ids) ownCreations.add(id)
    },
  }
}

function forgetDrawn(cache: LaneCache | null, nodeId: string): void {
  if (!cache) return
  for (const [key, mark] of cache.marks) if (mark.node.id === nodeId) cache.marks.set(key, { node: mark.node, drawn: null })
}

/** The node's position now, and its size when the sync wrote a layer node's box. */
function echoOf(node: ChangedNode, wrote: Written): Written | null {
  if (node.removed) return null
  return wrote.width === undefined ? { x: node.x, y: node.y } : { x: node.x, y: node.y, width: node.width, height: node.height }
}

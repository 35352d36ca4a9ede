import { message } from '../../core/i18n/keys'
import type { MapRecord, ReadRecord } from '../../core/map-record'
import type { SyncMap } from '../../core/messages'
import { isOwnEcho, planBatch, type ChangeFact } from '../../core/sync-batch'
import { SyncIndex } from '../../core/sync-index'
import { mapTitle, sameStatus, syncedMap, troubledMap } from '../../core/sync-status'
import { factOf, lookAt, positionOf, type ChangedNode, type MapLookup } from './look'
import { layerIdsOf, mapSectionsOf, readRecord } from './maps'
import { syncMap } from './map-sync'

interface Slot {
  section: SectionNode
  cached: { raw: string; read: ReadRecord } | null
  /** the pass in which `cached` was last read from the section */
  readIn: number
  status: SyncMap
}

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
  /** where the sync put stickies outside a callback: Figma reports those writes back */
  let echoes = new Map<string, { x: number; y: number }>()
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

  /** A map whose stored data is corrupt or from a newer version: reported, not synced. */
  function unreadable(slot: Slot): void {
    const detail = slot.cached && !slot.cached.read.ok ? slot.cached.read.detail : '?'
    slot.status = troubledMap(slot.section.id, mapTitle(slot.section.name, null), message('error.mapData', { detail }))
  }

  /** Starts (or restarts) tracking a map section: its record, its layer nodes. */
  function register(section: SectionNode): Slot | null {
    plain.delete(section.id)
    const previous = slots.get(section.id)
    const slot: Slot = previous ?? { section, cached: null, readIn: -1, status: { sectionId: section.id, title: section.name, moments: [], outside: 0 } }
    slot.section = section
    slot.readIn = -1 // its record may have just changed
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
    index.setLayer(section.id, layerIdsOf(section, record, drawn))
    return slot
  }

  /** Recomputes one map and writes what differs; returns the nodes written (0 when nothing differed). */
  function recompute(slot: Slot): number {
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
      const layerIds = index.layerOf(section.id)
      const result = syncMap(section, record, (id) => layerIds.has(id))
      index.setLane(section.id, result.laneIds)
      const layer = result.layerNodes
      if (layer === 'unknown') index.setLayer(section.id, layerIdsOf(section, record))
      else if (layer !== 'same') index.setLayer(section.id, [...[...index.layerOf(section.id)].filter((id) => layer.present.has(id)), ...layer.created])
      for (const s of result.snapped) echoes.set(s.id, { x: s.x, y: s.y })
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
    for (const change of changes) {
      if (change.type === 'CREATE' && drawn.has(change.id)) continue
      const fact = factOf(change)
      // A section given plugin data (or new) may have just become a map.
      if (fact.nodeType === 'SECTION' && (fact.type === 'CREATE' || fact.properties.includes('pluginData'))) plain.delete(fact.id)
      const wrote = mine.get(fact.id)
      if (wrote && isOwnEcho(fact, wrote, positionOf(change.node))) continue
      nodes.set(fact, change.node)
      facts.push(fact)
    }
    const plan = planBatch(facts, (id) => index.get(id), (fact) => {
      const node = nodes.get(fact)
      return node ? lookAt(node, lookup) : { sectionId: null, isMap: false, layer: false, nearLane: false }
    })
    for (const id of plan.gone) forget(id)
    for (const id of plan.reindex) {
      const slot = slots.get(id)
      if (!slot || met.has(id)) continue // met this pass: just registered
      if (slot.section.removed) forget(id)
      else register(slot.section)
    }
    for (const [nodeId, sectionId] of plan.adopt) index.addLayer(sectionId, nodeId)
    for (const id of new Set([...plan.recompute.keys(), ...met])) {
      const slot = slots.get(id)
      if (slot) recompute(slot)
    }
    for (const id of plan.retitle) {
      const slot = slots.get(id)
      if (slot && !slot.section.removed) slot.status = { ...slot.status, title: mapTitle(slot.section.name, slot.cached?.read.ok ? slot.cached.read.record : null) }
    }
    tell(false)
  }

  return {
    start(page) {
      index.sections().forEach(forget)
      plain.clear()
      echoes = new Map()
      pass += 1
      busy = true
      try {
        for (const section of mapSectionsOf(page)) {
          const slot = register(section)
          if (slot) recompute(slot)
        }
      } catch (error) {
        onError(error)
      } finally {
        busy = false
      }
      tell(true)
    },

    onNodeChange(event) {
      if (busy) {
        // Only reachable if Figma delivered a batch while a pass runs; handled right after it.
        deferred.push(...event.nodeChanges)
        return
      }
      busy = true
      try {
        runBatch(event.nodeChanges)
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
    },

    status: statusNow,

    made(ids) {
      for (const id of ids) ownCreations.add(id)
    },
  }
}

import type { Membership } from './batch'

interface MapEntry {
  lane: Set<string>
  layer: Set<string>
}

/**
 * Which map each node live sync cares about belongs to: the map sections, the stickies
 * each emotion lane counted at its last recompute, and the nodes of each emotion layer.
 * A DELETE names only an id; this is how it finds its map. Plain data, no Figma.
 */
export class SyncIndex {
  private readonly nodes = new Map<string, Membership>()
  private readonly maps = new Map<string, MapEntry>()

  get(id: string): Membership | undefined {
    return this.nodes.get(id)
  }

  has(sectionId: string): boolean {
    return this.maps.has(sectionId)
  }

  sections(): string[] {
    return [...this.maps.keys()]
  }

  /** Number of nodes indexed (maps included). */
  get size(): number {
    return this.nodes.size
  }

  addMap(sectionId: string): void {
    if (!this.maps.has(sectionId)) this.maps.set(sectionId, { lane: new Set(), layer: new Set() })
    this.nodes.set(sectionId, { kind: 'map', sectionId })
  }

  /** Forgets a map and every node indexed under it. */
  dropMap(sectionId: string): void {
    const entry = this.maps.get(sectionId)
    if (entry) for (const id of [...entry.lane, ...entry.layer]) this.unlink(id, sectionId)
    this.maps.delete(sectionId)
    if (this.nodes.get(sectionId)?.kind === 'map') this.nodes.delete(sectionId)
  }

  /** The stickies a map's lane counts now (replaces the previous set). */
  setLane(sectionId: string, ids: Iterable<string>): void {
    this.replace(sectionId, 'lane', ids)
  }

  /** The nodes of a map's emotion layer now (replaces the previous set). */
  setLayer(sectionId: string, ids: Iterable<string>): void {
    this.replace(sectionId, 'layer', ids)
  }

  addLayer(sectionId: string, id: string): void {
    const entry = this.maps.get(sectionId)
    if (!entry) return
    this.claim(id, sectionId, 'layer')
    entry.layer.add(id)
  }

  /** Ids of a map's layer nodes as indexed. */
  layerOf(sectionId: string): ReadonlySet<string> {
    return this.maps.get(sectionId)?.layer ?? new Set()
  }

  laneOf(sectionId: string): ReadonlySet<string> {
    return this.maps.get(sectionId)?.lane ?? new Set()
  }

  private replace(sectionId: string, kind: 'lane' | 'layer', ids: Iterable<string>): void {
    const entry = this.maps.get(sectionId)
    if (!entry) return
    const next = new Set(ids)
    for (const id of entry[kind]) if (!next.has(id)) this.unlink(id, sectionId)
    for (const id of next) this.claim(id, sectionId, kind)
    entry[kind] = next
  }

  /** A node belongs to one map at a time: the last to claim it (a sticky dragged between maps). */
  private claim(id: string, sectionId: string, kind: 'lane' | 'layer'): void {
    const before = this.nodes.get(id)
    if (before && before.kind !== 'map' && (before.sectionId !== sectionId || before.kind !== kind)) {
      this.maps.get(before.sectionId)?.[before.kind].delete(id)
    }
    this.nodes.set(id, { kind, sectionId })
  }

  private unlink(id: string, sectionId: string): void {
    const m = this.nodes.get(id)
    if (m && m.kind !== 'map' && m.sectionId === sectionId) this.nodes.delete(id)
  }
}

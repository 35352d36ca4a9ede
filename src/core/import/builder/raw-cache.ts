/** Distinct cell texts remembered per kind of name. */
const RAW_CACHE_LIMIT = 100000
/** Names compared directly before the Map is asked. */
const RECENT_NAMES = 8

/**
 * What a stage, lane or persona cell's exact text resolved to. The last few texts asked are
 * compared directly: a long file cycles through a handful of them, and comparing a fresh
 * string costs less than hashing it. Holds at most RAW_CACHE_LIMIT texts.
 */
export class RawCache {
  private readonly map = new Map<string, number>()
  private readonly recentNames: string[] = []
  private readonly recentValues: number[] = []
  private next = 0

  get(name: string): number | undefined {
    const names = this.recentNames
    for (let i = 0; i < names.length; i++) if (names[i] === name) return this.recentValues[i]
    const value = this.map.get(name)
    if (value !== undefined) this.remember(name, value)
    return value
  }

  set(name: string, value: number): void {
    if (this.map.size >= RAW_CACHE_LIMIT) return
    this.map.set(name, value)
    this.remember(name, value)
  }

  private remember(name: string, value: number): void {
    if (this.recentNames.length < RECENT_NAMES) {
      this.recentNames.push(name)
      this.recentValues.push(value)
      return
    }
    this.recentNames[this.next] = name
    this.recentValues[this.next] = value
    this.next = (this.next + 1) % RECENT_NAMES
  }
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

export interface Region {
  x: number
  y: number
  width: number
  height: number
}

export interface ImageComparison {
  /** per region (and 'page' for the whole picture): share of its pixels that differ */
  changed: Record<string, number>
  written: boolean
}

/** Per-pixel colour distance (pixelmatch's YIQ threshold) below which a pixel counts as the same. */
const PIXEL_THRESHOLD = 0.1

/**
 * Whether a baseline is (re)written instead of compared: with UPDATE_BASELINES=1, or
 * when there is none yet outside CI. In CI (CI=true) a missing baseline is a failure:
 * a baseline nobody reviewed must not pass a build.
 */
function writesBaseline(baselinePath: string): boolean {
  if (process.env.UPDATE_BASELINES === '1') return true
  if (existsSync(baselinePath)) return false
  if (process.env.CI === 'true') {
    throw new Error(`No reviewed baseline at ${baselinePath}. Record it with UPDATE_BASELINES=1, review it and commit it.`)
  }
  return true
}

function crop(image: PNG, r: Region): PNG {
  const out = new PNG({ width: r.width, height: r.height })
  PNG.bitblt(image, out, r.x, r.y, r.width, r.height, 0, 0)
  return out
}

/**
 * Compares a screenshot with its reviewed baseline, the whole page and each named
 * region on its own, so a small change in a small region (a button in the panel) is
 * not lost in a large picture. With UPDATE_BASELINES=1 (or no baseline yet, outside
 * CI) the screenshot becomes the baseline, to be reviewed in the diff. A failing
 * comparison leaves `<name>.actual.png` and `<name>.diff.png` beside it.
 */
export function compareWithBaseline(png: Buffer, baselinePath: string, regions: Record<string, Region> = {}): ImageComparison {
  if (writesBaseline(baselinePath)) {
    mkdirSync(dirname(baselinePath), { recursive: true })
    writeFileSync(baselinePath, png)
    return { changed: {}, written: true }
  }
  const expected = PNG.sync.read(readFileSync(baselinePath))
  const actual = PNG.sync.read(png)
  if (expected.width !== actual.width || expected.height !== actual.height) return { changed: { page: 1 }, written: false }
  const all: Record<string, Region> = { page: { x: 0, y: 0, width: actual.width, height: actual.height }, ...regions }
  const changed: Record<string, number> = {}
  let diffImage: PNG | null = null
  for (const [name, r] of Object.entries(all)) {
    const [a, b] = name === 'page' ? [expected, actual] : [crop(expected, r), crop(actual, r)]
    const diff = new PNG({ width: r.width, height: r.height })
    const count = pixelmatch(a.data, b.data, diff.data, r.width, r.height, { threshold: PIXEL_THRESHOLD })
    changed[name] = count / (r.width * r.height)
    if (name === 'page') diffImage = diff
  }
  if (Object.values(changed).some((share) => share > 0)) {
    writeFileSync(baselinePath.replace(/\.png$/, '.actual.png'), png)
    writeFileSync(baselinePath.replace(/\.png$/, '.diff.png'), PNG.sync.write(diffImage!))
  }
  return { changed, written: false }
}

/**
 * Data checked against a reviewed JSON baseline, under the same rules as screenshots.
 * Returns what the baseline holds (the value itself when it was just written), for
 * an `expect(value).toEqual(baseline)` whose diff shows exactly what changed.
 */
export function jsonBaseline<T>(value: T, baselinePath: string): T {
  if (writesBaseline(baselinePath)) {
    mkdirSync(dirname(baselinePath), { recursive: true })
    writeFileSync(baselinePath, `${JSON.stringify(value, null, 2)}\n`)
    return value
  }
  return JSON.parse(readFileSync(baselinePath, 'utf8')) as T
}

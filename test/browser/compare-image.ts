import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

export interface ImageComparison {
  /** share of pixels that differ beyond pixelmatch's colour threshold */
  changed: number
  written: boolean
}

/**
 * Compares a screenshot with its reviewed baseline. With UPDATE_BASELINES=1 (or no
 * baseline yet) the screenshot becomes the baseline, to be reviewed in the diff.
 * A failing comparison leaves `<name>.actual.png` and `<name>.diff.png` beside it.
 */
export function compareWithBaseline(png: Buffer, baselinePath: string): ImageComparison {
  if (process.env.UPDATE_BASELINES === '1' || (!existsSync(baselinePath) && process.env.CI !== 'true')) {
    mkdirSync(dirname(baselinePath), { recursive: true })
    writeFileSync(baselinePath, png)
    return { changed: 0, written: true }
  }
  const expected = PNG.sync.read(readFileSync(baselinePath))
  const actual = PNG.sync.read(png)
  if (expected.width !== actual.width || expected.height !== actual.height) return { changed: 1, written: false }
  const diff = new PNG({ width: actual.width, height: actual.height })
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.15 })
  const changed = count / (actual.width * actual.height)
  if (changed > 0) {
    writeFileSync(baselinePath.replace(/\.png$/, '.actual.png'), png)
    writeFileSync(baselinePath.replace(/\.png$/, '.diff.png'), PNG.sync.write(diff))
  }
  return { changed, written: false }
}

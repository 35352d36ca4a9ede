import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { compareWithBaseline, jsonBaseline } from './compare-image'

const dir = mkdtempSync(join(tmpdir(), 'baselines-'))

function picture(paint: (x: number, y: number) => number): Buffer {
  const png = new PNG({ width: 100, height: 100 })
  for (let y = 0; y < 100; y++)
    for (let x = 0; x < 100; x++) {
      const i = (y * 100 + x) * 4
      png.data.fill(paint(x, y), i, i + 3)
      png.data[i + 3] = 255
    }
  return PNG.sync.write(png)
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('reviewed baselines', () => {
  it('fails in CI when a screenshot has no reviewed baseline, and writes nothing', () => {
    vi.stubEnv('CI', 'true')
    vi.stubEnv('UPDATE_BASELINES', '')
    const path = join(dir, 'missing.png')
    expect(() => compareWithBaseline(picture(() => 255), path)).toThrow(/No reviewed baseline/)
    expect(() => jsonBaseline({ a: 1 }, join(dir, 'missing.json'))).toThrow(/No reviewed baseline/)
    expect(existsSync(path)).toBe(false)
  })

  it('records a missing baseline outside CI', () => {
    vi.stubEnv('CI', '')
    vi.stubEnv('UPDATE_BASELINES', '')
    const path = join(dir, 'new.png')
    expect(compareWithBaseline(picture(() => 255), path).written).toBe(true)
    expect(existsSync(path)).toBe(true)
  })

  it('sees a small change in a region that the whole picture would let through', () => {
    vi.stubEnv('CI', 'true')
    vi.stubEnv('UPDATE_BASELINES', '')
    const path = join(dir, 'region.png')
    writeFileSync(path, picture(() => 255))
    // A 5×5 mark: 0.25% of the picture, 25% of the 10×10 region holding it.
    const { changed } = compareWithBaseline(picture((x, y) => (x < 5 && y < 5 ? 0 : 255)), path, { corner: { x: 0, y: 0, width: 10, height: 10 } })
    expect(changed.page).toBeCloseTo(0.0025)
    expect(changed.corner).toBeCloseTo(0.25)
  })
})

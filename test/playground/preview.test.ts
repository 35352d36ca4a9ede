import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'preview-'))

/** Runs the preview command as a person would (`npm run preview -- …`, minus npm). */
function preview(...args: string[]) {
  const run = spawnSync(process.execPath, ['test/playground/preview-run.mjs', ...args], { encoding: 'utf8' })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('npm run preview', () => {
  it('draws a long English CSV and says what it drew', () => {
    const out = join(dir, 'bike.svg')
    const run = preview('examples/bike-share-interviews.csv', '--out', out)
    expect(run.code).toBe(0)
    expect(run.err).toContain('Drew 5 stages')
    const svg = readFileSync(out, 'utf8')
    for (const stage of ['Discover', 'Sign up', 'First ride', 'Pay', 'Come back']) expect(svg).toContain(`>${stage}<`)
    // The curve is drawn as a path.
    expect(svg).toMatch(/<path d="M [\d.]+ [\d.]+ C/)
  })

  it('reads a Russian Windows-1251 spreadsheet map and prints the note in Russian', () => {
    const out = join(dir, 'shop.svg')
    const run = preview('examples/shop-map-ru-cp1251.csv', '--out', out, '--locale', 'ru')
    expect(run.code).toBe(0)
    expect(run.out).toContain('windows-1251')
    expect(readFileSync(out, 'utf8')).toContain('Оформление заказа')
  })

  it('prints the board’s nodes with their tags for scripts', () => {
    const run = preview('examples/dentist-visit.mmd', '--json', '--out', join(dir, 'dentist.svg'))
    expect(run.code).toBe(0)
    const [section] = JSON.parse(run.out) as { type: string; name: string; children: { type: string; tags: Record<string, string> }[] }[]
    expect(section).toMatchObject({ type: 'SECTION', name: 'Visiting the dentist' })
    const roles = section!.children.map((c) => (JSON.parse(c.tags.tag!) as { role: string }).role)
    expect(roles.filter((r) => r === 'card')).toHaveLength(6)
    expect(roles).toContain('curve')
  })

  it('refuses a file that is not a table with the panel’s sentence, and exit code 2', () => {
    const fake = join(dir, 'photo.csv')
    writeFileSync(fake, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const run = preview(fake)
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/^refused: This is not a text file/m)
  })

  it('lists row problems with row and column, and says an unreadable score is kept as a note', () => {
    const file = join(dir, 'scores.csv')
    writeFileSync(file, 'stage,lane,text,score\nSearch,actions,Googles it,\nSearch,emotion,,very happy\nPay,actions,Pays,\n,actions,No stage,\n')
    const run = preview(file, '--out', join(dir, 'scores.svg'))
    expect(run.code).toBe(0)
    expect(run.err).toMatch(/problem \(row 5, column "stage"\): /)
    expect(run.out).toMatch(/note \(row 3, column "score"\): .*"very happy" .*kept without a score/)
    expect(run.err).toMatch(/Drew 2 stages, 3 cards, 0 scores/)
  })
})

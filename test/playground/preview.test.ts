import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { panelCatalogs } from '../../ui/i18n/catalogs'

const dir = mkdtempSync(join(tmpdir(), 'preview-'))

/** Runs the preview command as a person would (`npm run preview -- …`, minus npm). */
function preview(...args: string[]) {
  return previewIn(process.cwd(), ...args)
}

function previewIn(cwd: string, ...args: string[]) {
  const script = join(process.cwd(), 'test/playground/preview-run.mjs')
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

/**
 * The same into a shell pipe whose reader starts late (`--json | jq` on a busy machine):
 * a real OS pipe, which holds 64 KiB, not Node's own socket.
 */
function previewIntoPipe(...args: string[]): { code: number | null; out: string } {
  const script = join(process.cwd(), 'test/playground/preview-run.mjs')
  const quoted = [process.execPath, script, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const run = spawnSync('sh', ['-c', `${quoted} 2>/dev/null | (sleep 0.5; cat)`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: run.status, out: run.stdout }
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
    // The panel's heading over what refused the file, then its sentence.
    expect(run.err).toMatch(/^This file cannot be imported:\n {2}This is not a text file/m)
  })

  it('lists row problems with row and column, and says an unreadable score is kept as a note', () => {
    const file = join(dir, 'scores.csv')
    writeFileSync(file, 'stage,lane,text,score\nSearch,actions,Googles it,\nSearch,emotion,,very happy\nPay,actions,Pays,\n,actions,No stage,\n')
    const run = preview(file, '--out', join(dir, 'scores.svg'))
    expect(run.code).toBe(0)
    // Worded as the panel's list words it: the sentence names row and column itself, so
    // no place goes before it.
    // A score it cannot read is a note (the card stays); a row with no stage is left out.
    expect(run.out).toMatch(/^ {2}Row 3, column "score": "very happy" is not a score.*kept without a score/m)
    expect(run.err).toContain('row has a problem and is left out of the journey:')
    expect(run.err).toMatch(/^ {2}Row 5: the stage \(column "stage"\) is empty/m)
    expect(run.err).toMatch(/Drew 2 stages, 3 cards, 0 scores/)
  })

  it.each(['ru', 'bg', 'he'] as const)('words problems in %s as the panel does', (locale) => {
    const file = join(dir, `scores-${locale}.csv`)
    writeFileSync(file, 'stage,lane,text,score\nSearch,actions,Googles it,\nSearch,emotion,,very happy\n')
    const run = preview(file, '--out', join(dir, `scores-${locale}.svg`), '--locale', locale)
    expect(run.code).toBe(0)
    const sentence = panelCatalogs[locale]['import.scoreUnreadable']!.split('{value}')[0]!.replace('{row}', '3').replace('{column}', 'score')
    expect(run.out.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^ {2}${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)))
  })

  it('refuses a language it does not know, naming the ones it does', () => {
    const run = preview('examples/bike-share-interviews.csv', '--locale', 'fr')
    expect(run.code).toBe(1)
    expect(run.err).toContain('--locale takes one of en, ru, bg, he; not "fr".')
  })

  it('prints only JSON on stdout with --json, notes on stderr, and no picture unless asked', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'preview-json-'))
    const run = previewIn(cwd, join(process.cwd(), 'examples/shop-map-ru-cp1251.csv'), '--json')
    expect(run.code).toBe(0)
    const nodes = JSON.parse(run.out) as { type: string }[]
    expect(nodes[0]?.type).toBe('SECTION')
    // The file's encoding note still reaches the person, on stderr.
    expect(run.err).toContain('windows-1251')
    expect(readdirSync(cwd)).toEqual([])
  })

  it('prints a big board\'s JSON whole into a pipe', () => {
    // 60 participants × 6 stages: the JSON is over 100 kB, more than a pipe holds.
    const rows = ['participant,stage,lane,note,emotion']
    for (let p = 1; p <= 60; p++) for (let s = 1; s <= 6; s++) rows.push(`P${p},Stage ${s},emotion,,${((p + s) % 5) - 2}`)
    const file = join(dir, 'sixty.csv')
    writeFileSync(file, rows.join('\n'))
    const run = previewIntoPipe(file, '--figma', '--json')
    expect(run.code).toBe(0)
    expect(run.out.length).toBeGreaterThan(100_000)
    const nodes = JSON.parse(run.out) as { children: { tags: { tag?: string } }[] }[]
    const roles = nodes[0]!.children.map((n) => (JSON.parse(n.tags.tag ?? '{}') as { role?: string }).role)
    expect(roles.filter((role) => role === 'emotion')).toHaveLength(360)
  })

  it('says, in the JSON and on stderr, which nodes of each emotion lane cover each other', () => {
    const run = preview('examples/dentist-visit.mmd', '--json')
    expect(run.code).toBe(0)
    const [map] = JSON.parse(run.out) as { name: string; emotionLaneOverlaps?: [string, string][]; children: { id: string }[] }[]
    const pairs = map!.emotionLaneOverlaps!
    expect(Array.isArray(pairs)).toBe(true)
    const ids = new Set(map!.children.map((c) => c.id))
    for (const [a, b] of pairs) expect([ids.has(a), ids.has(b), a < b]).toEqual([true, true, true])
    expect(run.err).toContain(`Emotion lane of "${map!.name}": ${pairs.length} overlapping pairs`)
  })

  it('writes a PNG picture for --out *.png', () => {
    const out = join(dir, 'bike.png')
    const run = preview('examples/bike-share-interviews.csv', '--out', out)
    expect(run.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    const png = readFileSync(out)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    // A board, not an empty picture: wider than the margins alone.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000)
  }, 60_000)
})

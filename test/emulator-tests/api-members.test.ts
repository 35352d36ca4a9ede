// Keeps test/emulator/api-members.ts in step with @figma/plugin-typings.
// The emulator uses those lists to tell apart "member of another node type"
// (throws like Figma) from "real member the emulator does not model".
// Regenerate after upgrading the typings: UPDATE_API_MEMBERS=1 npx vitest run test/emulator-tests/api-members.test.ts
import { describe, it, expect } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { API_MEMBERS } from '../emulator/api-members'
import { specMembers, typeMembers } from '../emulator/node-create'

const OWNERS: Record<string, string> = {
  PluginAPI: 'PluginAPI',
  UIAPI: 'UIAPI',
  ViewportAPI: 'ViewportAPI',
  ClientStorageAPI: 'ClientStorageAPI',
  ConstantsAPI: 'ConstantsAPI',
  TEXT_SUBLAYER: 'TextSublayerNode',
  DOCUMENT: 'DocumentNode',
  PAGE: 'PageNode',
  SECTION: 'SectionNode',
  STICKY: 'StickyNode',
  SHAPE_WITH_TEXT: 'ShapeWithTextNode',
  CONNECTOR: 'ConnectorNode',
  TEXT: 'TextNode',
  FRAME: 'FrameNode',
  VECTOR: 'VectorNode',
  ELLIPSE: 'EllipseNode',
  LINE: 'LineNode',
  RECTANGLE: 'RectangleNode',
  GROUP: 'GroupNode',
  TABLE: 'TableNode',
  CODE_BLOCK: 'CodeBlockNode',
  POLYGON: 'PolygonNode',
  STAR: 'StarNode',
  COMPONENT: 'ComponentNode',
  INSTANCE: 'InstanceNode',
}

function collectMembers(): Record<string, string> {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@figma/plugin-typings/plugin-api.d.ts')
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const decls = new Map<string, ts.InterfaceDeclaration[]>()
  source.forEachChild(function visit(node) {
    if (ts.isInterfaceDeclaration(node)) {
      const list = decls.get(node.name.text) ?? []
      list.push(node)
      decls.set(node.name.text, list)
    }
    if (ts.isModuleDeclaration(node)) node.forEachChild(visit)
  })
  const memo = new Map<string, Set<string>>()
  const membersOf = (name: string): Set<string> => {
    const cached = memo.get(name)
    if (cached) return cached
    const out = new Set<string>()
    memo.set(name, out)
    for (const decl of decls.get(name) ?? []) {
      for (const m of decl.members) {
        if ((ts.isPropertySignature(m) || ts.isMethodSignature(m)) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) {
          out.add(m.name.text)
        }
      }
      for (const clause of decl.heritageClauses ?? []) {
        for (const t of clause.types) {
          if (ts.isIdentifier(t.expression)) for (const n of membersOf(t.expression.text)) out.add(n)
        }
      }
    }
    return out
  }
  const result: Record<string, string> = {}
  for (const [owner, iface] of Object.entries(OWNERS)) {
    const names = [...membersOf(iface)].sort()
    if (names.length === 0) throw new Error(`interface ${iface} not found in the typings`)
    result[owner] = names.join(' ')
  }
  return result
}

function render(members: Record<string, string>): string {
  const lines = [
    '// GENERATED from @figma/plugin-typings by test/emulator-tests/api-members.test.ts',
    '// (UPDATE_API_MEMBERS=1 to regenerate). Member names per interface, space separated.',
    '',
    'export const API_MEMBERS = {',
    ...Object.entries(members).map(([k, v]) => `  ${k}:\n    '${v}',`),
    '} as const',
    '',
    'export type ApiOwner = keyof typeof API_MEMBERS',
    '',
  ]
  return lines.join('\n')
}

describe('api-members (generated from the typings)', () => {
  it('matches @figma/plugin-typings', () => {
    const members = collectMembers()
    if (process.env.UPDATE_API_MEMBERS === '1') {
      writeFileSync(fileURLToPath(new URL('../emulator/api-members.ts', import.meta.url)), render(members))
      return
    }
    expect({ ...API_MEMBERS }).toEqual(members)
  })
})

describe('emulated node members', () => {
  it('exist on that node type in the typings (nothing invented)', () => {
    const invented: string[] = []
    for (const [type, keys] of Object.entries(specMembers())) {
      const real = typeMembers(type as Parameters<typeof typeMembers>[0])
      for (const k of keys) if (!real.has(k)) invented.push(`${type}.${k}`)
    }
    expect(invented).toEqual([])
  })
})

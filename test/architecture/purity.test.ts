import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * What the compiler lets each context use. A probe file is typechecked as if it stood
 * in src/core (or src/sandbox, ui) under that context's own tsconfig, so a DOM call in
 * the pure core or a figma call in the panel fails `npm run typecheck`, as it would fail
 * where the code really runs.
 */

const ROOT = path.resolve(import.meta.dirname, '../..')

function errorsOf(project: string, probePath: string, source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, project), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
  if (!config) throw new Error(`cannot read ${project}`)
  const probe = path.join(ROOT, probePath)
  const host = ts.createCompilerHost(config.options)
  const read = host.readFile.bind(host)
  const exists = host.fileExists.bind(host)
  host.readFile = (f) => (path.resolve(f) === probe ? source : read(f))
  host.fileExists = (f) => path.resolve(f) === probe || exists(f)
  const program = ts.createProgram({ rootNames: [probe], options: config.options, host })
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && path.resolve(d.file.fileName) === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe('each context typechecks only against what it runs on', () => {
  it.each([
    ['document.title', "Cannot find name 'document'"],
    ['window.location.href', "Cannot find name 'window'"],
    ['structuredClone({})', "Cannot find name 'structuredClone'"],
    ["new TextEncoder().encode('a')", "Cannot find name 'TextEncoder'"],
    ["Buffer.from('a')", "Cannot find name 'Buffer'"],
    ['process.env', "Cannot find name 'process'"],
  ])('src/core under the sandbox project refuses %s', (expression, error) => {
    expect(errorsOf('tsconfig.sandbox.json', 'src/core/model/__probe.ts', `export const x = ${expression}\n`).join('\n')).toContain(error)
  })

  it('src/core under the panel project refuses the figma global', () => {
    expect(errorsOf('tsconfig.ui.json', 'src/core/model/__probe.ts', 'export const x = figma.currentPage\n').join('\n')).toContain("Cannot find name 'figma'")
  })

  it('the panel refuses the figma global, and the sandbox the DOM', () => {
    expect(errorsOf('tsconfig.ui.json', 'ui/__probe.ts', 'export const x = figma.root\n').join('\n')).toContain("Cannot find name 'figma'")
    expect(errorsOf('tsconfig.sandbox.json', 'src/sandbox/__probe.ts', 'export const x = document.body\n').join('\n')).toContain("Cannot find name 'document'")
  })

  it('accepts what each context really has', () => {
    expect(errorsOf('tsconfig.sandbox.json', 'src/sandbox/__probe.ts', 'export const x = figma.currentPage.name\n')).toEqual([])
    expect(errorsOf('tsconfig.ui.json', 'ui/__probe.ts', 'export const x = document.title\n')).toEqual([])
    expect(errorsOf('tsconfig.sandbox.json', 'src/core/model/__probe.ts', "export const x = [1, 2].includes(2) && 'a'.padStart(2)\n")).toEqual([])
  })
})

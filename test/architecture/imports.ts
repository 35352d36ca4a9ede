import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** The import graph of src/ and ui/, read from the source text: file → files it imports (type-only imports too). */

const ROOT = path.resolve(import.meta.dirname, '../..')
const SPEC = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]*)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]*)['"]|import\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = `${dir}/${name}`
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel))
    else if (/\.tsx?$/.test(name)) out.push(rel)
  }
  return out
}

function resolve(from: string, spec: string): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(ROOT, candidate)
    if (existsSync(full) && statSync(full).isFile()) return candidate
  }
  return null
}

export interface ImportGraph {
  files: string[]
  edges: Map<string, string[]>
  /** specifiers that name no file */
  unresolved: string[]
}

export function importGraph(dirs: readonly string[] = ['src', 'ui']): ImportGraph {
  const files = dirs.flatMap(sourceFiles).sort()
  const edges = new Map<string, string[]>()
  const unresolved: string[] = []
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8')
    const targets = new Set<string>()
    for (const m of text.matchAll(SPEC)) {
      const spec = m[1] ?? m[2] ?? m[3]
      if (!spec || spec.endsWith('.css')) continue
      const target = resolve(file, spec)
      if (target) targets.add(target)
      else unresolved.push(`${file}: ${spec}`)
    }
    edges.set(file, [...targets].sort())
  }
  return { files, edges, unresolved }
}

/** Every cycle's files, one strongly connected component (of two or more files, or a file importing itself) each. */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(component.sort())
    }
  }
  for (const v of edges.keys()) if (!index.has(v)) visit(v)
  return out
}

/** The folder a file belongs to for layering: `src/core/layout`, `src/sandbox/render`, `ui/components/build`, … */
export function folderOf(file: string): string {
  return path.posix.dirname(file)
}

/** The graph between folders (a folder's files' imports of other folders' files). */
export function folderGraph(graph: ImportGraph, group: (file: string) => string = folderOf): Map<string, string[]> {
  const out = new Map<string, Set<string>>()
  for (const [from, tos] of graph.edges) {
    const a = group(from)
    const set = out.get(a) ?? new Set<string>()
    for (const to of tos) if (group(to) !== a) set.add(group(to))
    out.set(a, set)
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]))
}

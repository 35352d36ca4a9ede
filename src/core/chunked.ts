/**
 * Figma limits one pluginData entry to 100 kB. Values that may grow past that (a
 * map's structure with long stage names) are stored as numbered chunks plus a
 * header holding the chunk count.
 */
export const CHUNK_SIZE = 90_000

export function splitChunks(value: string, size: number = CHUNK_SIZE): string[] {
  if (value.length === 0) return ['']
  const out: string[] = []
  for (let i = 0; i < value.length; i += size) out.push(value.slice(i, i + size))
  return out
}

export function chunkKey(base: string, index: number): string {
  return `${base}.${index}`
}

import { chunkKey, splitChunks } from '../../core/board/chunked'
import type { Tag } from '../../core/board/tags'

/** Keys this plugin writes in pluginData. */
export const KEY = { map: 'map', tag: 'tag' } as const

/** Writes a value that may exceed the 100 kB entry limit as chunks under `key.N`. */
export function writeChunked(node: BaseNode, key: string, value: string): void {
  const chunks = splitChunks(value)
  const previous = Number(node.getPluginData(key)) || 0
  chunks.forEach((chunk, i) => node.setPluginData(chunkKey(key, i), chunk))
  for (let i = chunks.length; i < previous; i++) node.setPluginData(chunkKey(key, i), '')
  node.setPluginData(key, String(chunks.length))
}

/** Returns null when the node holds no such value. */
export function readChunked(node: BaseNode, key: string): string | null {
  const count = Number(node.getPluginData(key))
  if (!Number.isInteger(count) || count < 1) return null
  let out = ''
  for (let i = 0; i < count; i++) out += node.getPluginData(chunkKey(key, i))
  return out
}

/** Whether a node holds a map record: one plugin-data read, without reading the chunks. */
export function holdsMap(node: BaseNode): boolean {
  return node.getPluginData(KEY.map) !== ''
}

/**
 * Tags a node the plugin made. In Figma Design a card, header, label or mark is a
 * frame holding a text node; the text gets the frame's ids under role 'frame-text',
 * so every node the plugin made says whose it is, while readers keep reading the frame.
 */
export function tagNode(node: SceneNode, tag: Tag): void {
  node.setPluginData(KEY.tag, JSON.stringify(tag))
  if (node.type !== 'FRAME') return
  const inner = JSON.stringify({ ...tag, role: 'frame-text' })
  for (const child of node.children) if (child.type === 'TEXT') child.setPluginData(KEY.tag, inner)
}

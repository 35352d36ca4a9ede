import { UserError } from '../../core/i18n/user-error'
import { readStoredTemplates, storedText, type StoredEntry, type TemplateListing, type UserTemplate } from '../../core/templates/saved'

/**
 * "My templates" in figma.clientStorage: one key per template, so they are there in every
 * file the person opens, and one bad entry spoils nothing else. Reading what is stored is
 * the pure readStoredTemplates; this file only moves data in and out.
 */

const PREFIX = 'template:'
const keyOf = (id: string) => `${PREFIX}${id}`

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Every stored template, and a problem for each entry that cannot be read (never a throw for those). */
export async function listTemplates(): Promise<TemplateListing> {
  let keys: string[]
  try {
    keys = (await figma.clientStorage.keysAsync()).filter((key) => key.startsWith(PREFIX))
  } catch (error) {
    throw new UserError('templates.listFailed', { detail: detail(error) })
  }
  const entries: StoredEntry[] = []
  for (const key of keys) {
    const id = key.slice(PREFIX.length)
    try {
      entries.push({ id, raw: await figma.clientStorage.getAsync(key) })
    } catch (error) {
      // Reported with the others, and it can still be deleted.
      entries.push({ id, failed: detail(error) })
    }
  }
  return readStoredTemplates(entries)
}

export async function hasTemplate(id: string): Promise<boolean> {
  return (await figma.clientStorage.keysAsync()).includes(keyOf(id))
}

export async function writeTemplate(template: UserTemplate): Promise<void> {
  try {
    await figma.clientStorage.setAsync(keyOf(template.id), storedText(template))
  } catch (error) {
    throw new UserError('templates.storageFailed', { detail: detail(error) })
  }
}

export async function deleteTemplate(id: string): Promise<void> {
  try {
    await figma.clientStorage.deleteAsync(keyOf(id))
  } catch (error) {
    throw new UserError('templates.storageFailed', { detail: detail(error) })
  }
}

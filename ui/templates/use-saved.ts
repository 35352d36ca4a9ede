import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { Message } from '../../src/core/i18n'
import type { IncomingTemplate, TemplateListing, TemplateSetup, UserTemplate } from '../../src/core/templates/saved'
import type { RpcClient } from '../rpc/client'
import * as requests from '../rpc/template-requests'
import type { Outcome } from '../rpc/template-requests'

export interface MyTemplates {
  /** null until the sandbox has answered */
  listing: TemplateListing | null
  /** why the list could not be read */
  error: Message | null
  save(name: string, setup: TemplateSetup, replaceId?: string): Promise<Outcome<UserTemplate>>
  rename(templateId: string, name: string): Promise<Outcome<UserTemplate>>
  remove(templateId: string): Promise<Outcome<null>>
  importMany(templates: readonly IncomingTemplate[]): Promise<Outcome<UserTemplate[]>>
}

/**
 * The person's saved templates, asked of the sandbox once it has said hello (`ready`), and
 * kept up to date by every change's reply. After a change fails the list is read again,
 * since part of it may have happened.
 */
export function useMyTemplates(rpc: { readonly current: RpcClient | null }, ready: boolean): MyTemplates {
  const [listing, setListing] = useState<TemplateListing | null>(null)
  const [error, setError] = useState<Message | null>(null)
  const mounted = useRef(true)
  useEffect(
    () => () => {
      mounted.current = false
    },
    [],
  )

  const refresh = useCallback(async () => {
    const outcome = await requests.listTemplates(rpc.current)
    if (!mounted.current) return
    if (outcome.ok) {
      setListing(outcome.value)
      setError(null)
    } else setError(outcome.error)
  }, [rpc])

  useEffect(() => {
    if (ready) void refresh()
  }, [ready, refresh])

  return useMemo(() => {
    /** Keeps the listing a reply brings; on failure reads the list again. */
    async function change<T, R>(outcome: Promise<Outcome<T>>, pick: (value: T) => { listing: TemplateListing; result: R }): Promise<Outcome<R>> {
      const done = await outcome
      if (!mounted.current) return done.ok ? { ok: true, value: pick(done.value).result } : done
      if (!done.ok) {
        void refresh()
        return done
      }
      const { listing: next, result } = pick(done.value)
      setListing(next)
      setError(null)
      return { ok: true, value: result }
    }
    return {
      listing,
      error,
      save: (name, setup, replaceId) =>
        change(requests.saveTemplate(rpc.current, name, setup, replaceId), (v) => ({ listing: v.listing, result: v.template })),
      rename: (templateId, name) =>
        change(requests.renameTemplate(rpc.current, templateId, name), (v) => ({ listing: v.listing, result: v.template })),
      remove: (templateId) => change(requests.deleteTemplate(rpc.current, templateId), (v) => ({ listing: v, result: null })),
      importMany: (templates) =>
        change(requests.importTemplates(rpc.current, templates), (v) => ({ listing: v.listing, result: v.imported })),
    }
  }, [listing, error, rpc, refresh])
}

import { useCallback, useEffect, useId, useReducer, useRef, useState } from 'preact/hooks'
import { checkJourney } from '../src/core/model/check-journey'
import type { Message } from '../src/core/i18n'
import { type Journey } from '../src/core/model/journey'
import { isRtlLocale, type Locale } from '../src/core/i18n/locale'
import type { SyncMap } from '../src/core/protocol/messages'
import { toUserMessage } from '../src/core/i18n/user-error'
import { CellEditor } from './components/build/CellEditor'
import { EmotionSection } from './components/build/EmotionSection'
import { ExportPanel } from './components/export/ExportPanel'
import { GenerateBar } from './components/build/GenerateBar'
import { Header, type EditorType } from './components/common/Header'
import { ImportPanel } from './components/import/ImportPanel'
import { LaneList } from './components/build/LaneList'
import { LiveSync } from './components/build/LiveSync'
import { StageList } from './components/build/StageList'
import { panelId, tabId, Tabs } from './components/common/Tabs'
import { MyTemplates } from './components/templates/SavedTemplates'
import { TemplatePicker } from './components/templates/TemplatePicker'
import { TitleField } from './components/build/TitleField'
import { DirectionField } from './components/build/DirectionField'
import { WorkshopOptions } from './components/build/WorkshopOptions'
import { onPageRunner } from './import/runner'
import { draftFromJourney, journeyFromDraft, newOnBoard, withoutCards, type Draft } from './draft/draft'
import { initialEditor, reduceEditor, replacingNeedsConfirm } from './draft/editor-state'
import { draftFromChoice, type TemplateChoice } from './templates/saved'
import { useMyTemplates } from './templates/use-saved'
import { LocaleProvider } from './i18n/context'
import type { ImportRunner } from './import/runner'
import { generateBoard, loadSelectedJourney, loadSelectedMap, regenerateMap, type LoadJourneyOutcome, type MapTarget } from './rpc/map-requests'
import { MapBar } from './components/build/MapBar'
import { createRpc, type Post, type RpcClient, type Subscribe } from './rpc/client'
import { IDLE, type Status } from './rpc/status'
import './app.css'

export interface AppProps {
  post: Post
  subscribe: Subscribe
  initialLocale: Locale
  /** For tests; the default is the protocol's 120 s. */
  timeoutMs?: number
  /** Runs the importer; the default uses a Web Worker when it can. Tests inject their own. */
  importRunner?: ImportRunner
}

const TABS = ['build', 'import', 'export'] as const
type Tab = (typeof TABS)[number]

/**
 * The panel: tabs for building a journey, importing research data into the builder, and
 * exporting a map from the board. Owns the draft, the language and the conversation with the sandbox.
 */
export function App({ post, subscribe, initialLocale, timeoutMs, importRunner = onPageRunner }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale)
  const [state, dispatch] = useReducer(reduceEditor, initialLocale, initialEditor)
  const [status, setStatus] = useState<Status>(IDLE)
  const [problems, setProblems] = useState<readonly Message[]>([])
  const [editorType, setEditorType] = useState<EditorType | null>(null)
  const [tab, setTab] = useState<Tab>('build')
  /** null until the sandbox says live sync runs */
  const [syncMaps, setSyncMaps] = useState<readonly SyncMap[] | null>(null)
  const [collapsed, setCollapsed] = useState(false)
  /** The map on the board the form was loaded from; Regenerate relays it out in place. */
  const [target, setTarget] = useState<MapTarget | null>(null)
  /** The map the selection on the board is in. */
  const [selectedMap, setSelectedMap] = useState<MapTarget | null>(null)
  const rpcRef = useRef<RpcClient | null>(null)
  /** Set once the person picks a language here; a remembered one then no longer applies. */
  const languageChosen = useRef(false)
  const localeRef = useRef(locale)
  localeRef.current = locale
  const tabsId = useId()
  const buildPanelRef = useRef<HTMLDivElement>(null)
  const focusBuild = useRef(false)

  useEffect(() => {
    if (tab === 'build' && focusBuild.current) {
      focusBuild.current = false
      buildPanelRef.current?.focus()
    }
  }, [tab])

  useEffect(() => {
    document.documentElement.lang = locale
    // Hebrew mirrors the whole panel; the CSS uses logical properties, so it follows.
    document.documentElement.dir = isRtlLocale(locale) ? 'rtl' : 'ltr'
  }, [locale])

  /** Loads the selected map from the board into the form; `quiet` keeps the status for the caller. */
  const loadIntoForm = useCallback(async (rpc: RpcClient, quiet = false) => {
    if (!quiet) setStatus({ kind: 'loading' })
    const outcome = await loadSelectedMap(rpc, localeRef.current)
    if (!outcome.ok) {
      setStatus({ kind: 'error', error: outcome.error })
      return
    }
    dispatch({ type: 'replace', draft: outcome.draft })
    setTarget(outcome.target)
    setProblems([])
    if (!quiet) setStatus({ kind: 'loaded', title: outcome.draft.title })
  }, [])

  useEffect(() => {
    const rpc: RpcClient = createRpc({
      post,
      subscribe,
      timeoutMs,
      onError: (error) => setStatus({ kind: 'error', error }),
      onMessage: (message) => {
        if (message.type === 'sync-status') {
          setSyncMaps(message.maps)
          return
        }
        if (message.type === 'selection') {
          setSelectedMap(message.map)
          return
        }
        if (message.type !== 'context') return
        setEditorType(message.editorType)
        // The language chosen last time wins over the UI's, unless the person already chose here.
        if (message.language && !languageChosen.current && message.language !== localeRef.current) {
          setLocale(message.language)
          dispatch({ type: 'setLocale', locale: message.language })
        }
        if (message.command === 'edit') {
          setTab('build')
          void loadIntoForm(rpc)
        }
      },
    })
    rpcRef.current = rpc
    rpc.send({ type: 'ui-ready', locale: localeRef.current })
    return () => {
      rpc.dispose()
      rpcRef.current = null
    }
  }, [post, subscribe, timeoutMs, loadIntoForm])

  const changeLocale = useCallback((next: Locale) => {
    languageChosen.current = true
    setLocale(next)
    dispatch({ type: 'setLocale', locale: next })
    rpcRef.current?.send({ type: 'set-language', locale: next })
  }, [])

  // The person's own templates, asked for once the sandbox has said hello.
  const myTemplates = useMyTemplates(rpcRef, editorType !== null)

  const startFrom = (template: TemplateChoice) => {
    dispatch({ type: 'replace', draft: draftFromChoice(template, locale) })
    setTarget(null)
    setProblems([])
    setStatus(IDLE)
  }

  /** The draft's journey if it passes the checks; otherwise the problems are shown and null returned. */
  const checked = (draft: Draft): Journey | null => {
    const check = checkJourney(journeyFromDraft(draft))
    if (!check.ok) {
      setProblems(check.problems)
      setStatus(IDLE)
      return null
    }
    setProblems([])
    return check.journey
  }

  const drawNew = async (draft: Draft, journey: Journey) => {
    const rpc = rpcRef.current
    if (!rpc) return
    setStatus({ kind: 'generating', done: 0, total: 0 })
    try {
      const result = await generateBoard(rpc, journey, draft.workshop, (p) =>
        setStatus({ kind: 'generating', done: p.done, total: p.total }),
      )
      setStatus({ kind: 'generated', result, stages: journey.stages.length })
    } catch (error) {
      setStatus({ kind: 'error', error: toUserMessage(error) })
    }
  }

  const generate = async (draft: Draft) => {
    const journey = checked(draft)
    if (journey) await drawNew(draft, journey)
  }

  /** The same structure on a new board, for the next group; the map being edited stays as it is. */
  const newBoardFromMap = async (draft: Draft) => {
    const journey = checked(draft)
    if (journey) await drawNew(draft, withoutCards(journey))
  }

  const regenerate = async (draft: Draft, map: MapTarget) => {
    const rpc = rpcRef.current
    const journey = checked(draft)
    if (!rpc || !journey) return
    setStatus({ kind: 'generating', done: 0, total: 0 })
    try {
      const result = await regenerateMap(rpc, map.sectionId, newOnBoard(journey, draft), draft.workshop, (p) =>
        setStatus({ kind: 'generating', done: p.done, total: p.total }),
      )
      // The board is the truth now (new lines became stickies): read it back, so a second
      // regenerate does not send them again.
      await loadIntoForm(rpc, true)
      setStatus({ kind: 'regenerated', result })
    } catch (error) {
      setStatus({ kind: 'error', error: toUserMessage(error) })
    }
  }

  /** An imported journey goes into the builder (cards keep their counts, personas, participants). */
  const useImported = (journey: Journey, andGenerate: boolean) => {
    const next = draftFromJourney(journey, locale)
    dispatch({ type: 'replace', draft: next })
    setTarget(null)
    setProblems([])
    setStatus({ kind: 'imported', title: next.title })
    focusBuild.current = true
    setTab('build')
    if (andGenerate) void generate(next)
  }

  const loadForExport = useCallback(async (): Promise<LoadJourneyOutcome> => {
    const rpc = rpcRef.current
    if (!rpc) return { ok: false, error: { key: 'error.unexpected', params: { detail: 'no connection to the plugin' } } }
    return loadSelectedJourney(rpc)
  }, [])

  const toggleCollapsed = () => {
    rpcRef.current?.send({ type: collapsed ? 'expand' : 'collapse' })
    setCollapsed(!collapsed)
  }

  const { draft } = state
  const emotionOn = draft.lanes.some((l) => l.enabled && l.kind === 'emotion')
  const panelProps = (t: Tab) => ({
    id: panelId(tabsId, t),
    role: 'tabpanel' as const,
    'aria-labelledby': tabId(tabsId, t),
    hidden: tab !== t,
    class: 'tabpanel',
  })

  return (
    <LocaleProvider value={locale}>
      <div class={collapsed ? 'app app--collapsed' : 'app'}>
        {syncMaps && <LiveSync maps={syncMaps} collapsed={collapsed} onToggle={toggleCollapsed} />}
        {/* Collapsed, only the live sync strip shows; the rest stays mounted, keeping what was typed. */}
        <div class="app__main" hidden={collapsed}>
          <Header editorType={editorType} onLocale={changeLocale} />
          <Tabs
            label="ui.tabs.label"
            tabs={TABS.map((id) => ({ id, label: `ui.tabs.${id}` as const }))}
            selected={tab}
            onSelect={setTab}
            idPrefix={tabsId}
          />
          <div ref={buildPanelRef} tabIndex={-1} {...panelProps('build')}>
            <main class="form">
              <MapBar
                target={target}
                selected={selectedMap}
                needsConfirm={replacingNeedsConfirm(state)}
                onEdit={() => rpcRef.current && void loadIntoForm(rpcRef.current)}
                onStopEditing={() => setTarget(null)}
              />
              <TemplatePicker
                needsConfirm={replacingNeedsConfirm(state)}
                saved={myTemplates.listing?.templates ?? []}
                onStart={startFrom}
              />
              <MyTemplates library={myTemplates} draft={draft} />
              <TitleField value={draft.title} onChange={(title) => dispatch({ type: 'setTitle', title })} />
              <DirectionField value={draft.direction} onChange={(direction) => dispatch({ type: 'setDirection', direction })} />
              <StageList stages={draft.stages} dispatch={dispatch} />
              <LaneList lanes={draft.lanes} dispatch={dispatch} />
              <CellEditor draft={draft} dispatch={dispatch} />
              {emotionOn && <EmotionSection draft={draft} dispatch={dispatch} />}
              <WorkshopOptions workshop={draft.workshop} dispatch={dispatch} />
            </main>
            <GenerateBar
              status={status}
              problems={problems}
              onGenerate={() => void generate(draft)}
              editing={
                target
                  ? { onRegenerate: () => void regenerate(draft, target), onNewBoard: () => void newBoardFromMap(draft) }
                  : null
              }
            />
          </div>
          <div {...panelProps('import')}>
            <ImportPanel runner={importRunner} needsConfirm={replacingNeedsConfirm(state)} onUse={useImported} />
          </div>
          <div {...panelProps('export')}>
            <ExportPanel load={loadForExport} />
          </div>
        </div>
      </div>
    </LocaleProvider>
  )
}

import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks'
import { checkJourney } from '../src/core/check-journey'
import type { Message } from '../src/core/i18n'
import type { Locale } from '../src/core/journey'
import type { TemplateId } from '../src/core/templates'
import { toUserMessage } from '../src/core/user-error'
import { CellEditor } from './components/CellEditor'
import { EmotionSection } from './components/EmotionSection'
import { GenerateBar } from './components/GenerateBar'
import { Header, type EditorType } from './components/Header'
import { LaneList } from './components/LaneList'
import { StageList } from './components/StageList'
import { TemplatePicker } from './components/TemplatePicker'
import { TitleField } from './components/TitleField'
import { journeyFromDraft } from './draft'
import { draftFromTemplate, initialEditor, reduceEditor, replacingNeedsConfirm } from './editor-state'
import { LocaleProvider } from './i18n'
import { generateBoard, loadSelectedMap } from './requests'
import { createRpc, type Post, type RpcClient, type Subscribe } from './rpc'
import { IDLE, type Status } from './status'

export interface AppProps {
  post: Post
  subscribe: Subscribe
  initialLocale: Locale
  /** For tests; the default is the protocol's 120 s. */
  timeoutMs?: number
}

/** The builder panel: owns the draft, the language and the conversation with the sandbox. */
export function App({ post, subscribe, initialLocale, timeoutMs }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale)
  const [state, dispatch] = useReducer(reduceEditor, initialLocale, initialEditor)
  const [status, setStatus] = useState<Status>(IDLE)
  const [problems, setProblems] = useState<readonly Message[]>([])
  const [editorType, setEditorType] = useState<EditorType | null>(null)
  const rpcRef = useRef<RpcClient | null>(null)
  const localeRef = useRef(locale)
  localeRef.current = locale

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  useEffect(() => {
    const rpc: RpcClient = createRpc({
      post,
      subscribe,
      timeoutMs,
      onError: (error) => setStatus({ kind: 'error', error }),
      onMessage: (message) => {
        if (message.type !== 'context') return
        setEditorType(message.editorType)
        if (message.command === 'edit') {
          setStatus({ kind: 'loading' })
          void loadSelectedMap(rpc, localeRef.current).then((outcome) => {
            if (outcome.ok) {
              dispatch({ type: 'replace', draft: outcome.draft })
              setProblems([])
              setStatus({ kind: 'loaded', title: outcome.draft.title })
            } else setStatus({ kind: 'error', error: outcome.error })
          })
        }
      },
    })
    rpcRef.current = rpc
    rpc.send({ type: 'ui-ready', locale: localeRef.current })
    return () => {
      rpc.dispose()
      rpcRef.current = null
    }
  }, [post, subscribe, timeoutMs])

  const changeLocale = useCallback((next: Locale) => {
    setLocale(next)
    dispatch({ type: 'setLocale', locale: next })
  }, [])

  const startFrom = (template: TemplateId) => {
    dispatch({ type: 'replace', draft: draftFromTemplate(template, locale) })
    setProblems([])
    setStatus(IDLE)
  }

  const generate = async () => {
    const rpc = rpcRef.current
    if (!rpc) return
    const check = checkJourney(journeyFromDraft(state.draft))
    if (!check.ok) {
      setProblems(check.problems)
      setStatus(IDLE)
      return
    }
    setProblems([])
    setStatus({ kind: 'generating', done: 0, total: 0 })
    try {
      const result = await generateBoard(rpc, check.journey, (p) =>
        setStatus({ kind: 'generating', done: p.done, total: p.total }),
      )
      setStatus({ kind: 'generated', result, stages: check.journey.stages.length })
    } catch (error) {
      setStatus({ kind: 'error', error: toUserMessage(error) })
    }
  }

  const { draft } = state
  const emotionOn = draft.lanes.some((l) => l.enabled && l.kind === 'emotion')

  return (
    <LocaleProvider value={locale}>
      <div class="app">
        <Header editorType={editorType} onLocale={changeLocale} />
        <main class="form">
          <TemplatePicker needsConfirm={replacingNeedsConfirm(state)} onStart={startFrom} />
          <TitleField value={draft.title} onChange={(title) => dispatch({ type: 'setTitle', title })} />
          <StageList stages={draft.stages} dispatch={dispatch} />
          <LaneList lanes={draft.lanes} dispatch={dispatch} />
          <CellEditor draft={draft} dispatch={dispatch} />
          {emotionOn && <EmotionSection draft={draft} dispatch={dispatch} />}
        </main>
        <GenerateBar status={status} problems={problems} onGenerate={() => void generate()} />
      </div>
    </LocaleProvider>
  )
}

import { boardEn, type BoardKey } from './board-en'
import type { CoreMessageKey } from './en'
import type { Params } from './translator'
import type { ImportKey } from './import-en'

export type { BoardKey, CoreMessageKey, ImportKey }
/** Keys the sandbox can say: those it renders itself (board-en.ts) and those the panel renders for it (en.ts). */
export type CoreKey = BoardKey | CoreMessageKey
/** Every key a Message may carry: the sandbox's own, and the importer's problems and notes. */
export type MessageKey = CoreKey | ImportKey

/** A sentence for a person, not yet in a language: travels between sandbox and panel. */
export interface Message {
  key: MessageKey
  params?: Params
}

/** Keeps the literal key in the type, so a sandbox key stays one where only those may go. */
export function message<K extends MessageKey>(key: K, params?: Params): { key: K; params?: Params } {
  return params ? { key, params } : { key }
}

/**
 * en.ts's keys without its sentences: the sandbox checks the Messages it sends against them
 * but never renders one, so dist/code.js carries this list instead of the catalogs.
 * Typed as a Record so a key missing here, or one en.ts lacks, fails typecheck.
 */
const CORE_MESSAGE_KEYS: Readonly<Record<CoreMessageKey, 0>> = {
  'app.name': 0,
  'lane.actions': 0,
  'lane.goals': 0,
  'lane.questions': 0,
  'lane.barriers': 0,
  'lane.emotion': 0,
  'lane.touchpoints': 0,
  'lane.thoughts': 0,
  'lane.drivers': 0,
  'lane.importance': 0,
  'lane.delights': 0,
  'lane.opportunities': 0,
  'lane.backstage': 0,
  'lane.metrics': 0,
  'lane.custom': 0,
  'template.customer.name': 0,
  'template.customer.title': 0,
  'template.customer.stage1': 0,
  'template.customer.stage2': 0,
  'template.customer.stage3': 0,
  'template.customer.stage4': 0,
  'template.customer.stage5': 0,
  'template.blank.name': 0,
  'template.blank.title': 0,
  'template.blank.stage': 0,
  'template.employee.name': 0,
  'template.employee.title': 0,
  'template.employee.stage1': 0,
  'template.employee.stage2': 0,
  'template.employee.stage3': 0,
  'template.employee.stage4': 0,
  'template.employee.stage5': 0,
  'template.employee.stage6': 0,
  'template.employee.lane.actions': 0,
  'template.employee.hint.actions': 0,
  'template.blueprint.name': 0,
  'template.blueprint.title': 0,
  'template.blueprint.stage1': 0,
  'template.blueprint.stage2': 0,
  'template.blueprint.stage3': 0,
  'template.blueprint.stage4': 0,
  'template.blueprint.stage5': 0,
  'template.blueprint.lane.evidence': 0,
  'template.blueprint.lane.customer': 0,
  'template.blueprint.lane.frontstage': 0,
  'template.blueprint.lane.backstage': 0,
  'template.blueprint.lane.support': 0,
  'template.blueprint.hint.evidence': 0,
  'template.blueprint.hint.frontstage': 0,
  'template.blueprint.hint.backstage': 0,
  'template.blueprint.hint.support': 0,
  'template.dtf.name': 0,
  'template.dtf.title': 0,
  'template.dtf.stage1': 0,
  'template.dtf.stage2': 0,
  'template.dtf.stage3': 0,
  'template.dtf.lane.do': 0,
  'template.dtf.lane.think': 0,
  'template.dtf.lane.feel': 0,
  'board.neutral': 0,
  'board.stageFallback': 0,
  'error.noStages': 0,
  'error.noLanes': 0,
  'error.emptyTitle': 0,
  'error.emptyStageName': 0,
  'error.duplicateId': 0,
  'error.unknownStage': 0,
  'error.unknownLane': 0,
  'error.unknownPersona': 0,
  'error.scoreOutOfRange': 0,
  'error.badScale': 0,
  'error.badJourney': 0,
  'error.badMessage': 0,
  'error.badReply': 0,
  'error.fontLoad': 0,
  'error.unexpected': 0,
  'error.timeout': 0,
  'error.noMap': 0,
  'error.mapData': 0,
  'error.mapNewer': 0,
  'error.mapGone': 0,
  'progress.drawing': 0,
  'templates.unreadable': 0,
  'templates.unreadableNamed': 0,
  'templates.newer': 0,
  'templates.newerNamed': 0,
  'templates.fileNotJson': 0,
  'templates.fileShape': 0,
  'templates.fileNewer': 0,
  'templates.fileEmpty': 0,
  'templates.fileTooMany': 0,
  'templates.entryUnreadable': 0,
  'templates.entryUnreadableNamed': 0,
  'templates.entryNewer': 0,
  'templates.entryNewerNamed': 0,
  'templates.emptyName': 0,
  'templates.nameTaken': 0,
  'templates.notFound': 0,
  'templates.storageFailed': 0,
  'templates.listFailed': 0,
  'read.outsideStages.one': 0,
  'read.outsideStages.other': 0,
  'read.outsideLanes.one': 0,
  'read.outsideLanes.other': 0,
  'export.defaultActor': 0,
}

/** Keys the sandbox may send: its own catalog's. */
export function isCoreKey(key: string): key is CoreKey {
  return Object.prototype.hasOwnProperty.call(CORE_MESSAGE_KEYS, key) || Object.prototype.hasOwnProperty.call(boardEn, key)
}

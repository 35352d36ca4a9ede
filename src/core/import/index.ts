/** File import: CSV (long, wide, transposed), Mermaid journey and Journey JSON into a Journey. */
export { importFile, importText } from './import-file'
export { listAliases, listScaleHeaders, ALIAS_LANGUAGES, type AliasLanguage, type AliasList } from './aliases'
export { readScore, chooseFileScale, formatScale, STANDARD_SCALES, type ScoreRead } from '../model/scores'
export { summaryCardText } from './builder/summary-card'
export { DEFAULT_CARD_CAP } from './builder/limits'
export * from './types'

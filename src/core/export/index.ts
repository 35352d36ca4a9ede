export { CSV_HEADER, neutraliseCell, quoteCell, toCsv } from './csv'
export { toJson } from './json'
export { escapeMermaid, mermaidScore, toMermaid } from './mermaid'

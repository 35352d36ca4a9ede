/**
 * The part of papaparse the importer uses: a string in, rows out, in chunks if asked.
 * The sandbox and panel projects read these types (tsconfig `paths`) instead of
 * @types/papaparse, whose reference to Node's types would let Buffer, process,
 * TextEncoder and structuredClone typecheck in code that runs where none of them exist.
 * The test project checks the same code against the full @types/papaparse.
 */
declare namespace Papa {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch'
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes'
    message: string
    row?: number | undefined
    index?: number | undefined
  }
  interface ParseMeta {
    delimiter: string
    linebreak: string
    aborted: boolean
    truncated: boolean
    cursor: number
  }
  interface ParseResult<T> {
    data: T[]
    errors: ParseError[]
    meta: ParseMeta
  }
  interface Parser {
    abort(): void
  }
  interface ParseConfig<T> {
    delimiter?: string
    newline?: string
    header?: false
    skipEmptyLines?: boolean
    quoteChar?: string
    preview?: number
    chunkSize?: number
    complete?: () => void
    chunk?: (results: ParseResult<T>, parser: Parser) => void
  }
  function parse<T>(input: string, config: ParseConfig<T>): ParseResult<T>
}
export default Papa

import type { RequestOf, RequestType, ResultOf } from '../../core/protocol/requests'

/** What a handler may tell the rest of the sandbox while it works. */
export interface HandlerContext {
  progress(done: number, total: number): void
  /** Tells live sync which nodes a handler made, so their creation is not news to it. */
  made(ids: readonly string[]): void
}

/** Answers one request type with that type's result, as the panel will parse it. */
export type Handler<T extends RequestType> = (request: RequestOf<T>, context: HandlerContext) => ResultOf<T> | Promise<ResultOf<T>>

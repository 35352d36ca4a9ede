/** What a handler may tell the rest of the sandbox while it works. */
export interface HandlerContext {
  progress(done: number, total: number): void
  /** Tells live sync which nodes a handler made, so their creation is not news to it. */
  made(ids: readonly string[]): void
}

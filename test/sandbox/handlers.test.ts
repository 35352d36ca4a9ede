import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import type { GenerateResult, LoadedMap, TemplateListingSchema } from '../../src/core/protocol/messages'
import type { RequestType, ResultOf } from '../../src/core/protocol/requests'
import type { Handler } from '../../src/sandbox/handlers/context'
import type { Handlers, handle } from '../../src/sandbox/handlers'

/**
 * The registry is checked by the compiler, not at run time: these lines fail `npm run
 * typecheck` when a request type loses its handler or a handler answers with the wrong result.
 */
describe('the handler registry', () => {
  it('needs a handler for every request type that expects a reply', () => {
    expectTypeOf<keyof Handlers>().toEqualTypeOf<RequestType>()
    expectTypeOf<RequestType>().toEqualTypeOf<
      'generate' | 'regenerate' | 'load-selected-map' | 'list-templates' | 'save-template' | 'rename-template' | 'delete-template' | 'import-templates'
    >()
    const withoutGenerate = {} as Omit<Handlers, 'generate'>
    // @ts-expect-error a registry without the generate handler
    const incomplete: Handlers = withoutGenerate
    void incomplete
  })

  it('takes each handler’s result type from the table', () => {
    expectTypeOf<ResultOf<'generate'>>().toEqualTypeOf<GenerateResult>()
    expectTypeOf<ResultOf<'load-selected-map'>>().toEqualTypeOf<LoadedMap>()
    expectTypeOf<ResultOf<'list-templates'>>().toEqualTypeOf<z.infer<typeof TemplateListingSchema>>()
    const loadMap = (() => ({}) as LoadedMap) satisfies Handler<'load-selected-map'>
    // @ts-expect-error a handler that answers list-templates with a map
    const wrong: Handler<'list-templates'> = loadMap
    void wrong
    expectTypeOf<ReturnType<typeof handle<'regenerate'>>>().toEqualTypeOf<Promise<ResultOf<'regenerate'>>>()
  })
})

/**
 * Error factory. Messages follow the ones real Figma prints (see the notes);
 * errors are created with the constructors of a configurable realm so that a
 * plugin bundle running in a `node:vm` context sees its own `Error`/`TypeError`
 * (`e instanceof Error` inside the sandbox stays true).
 */
export interface ErrorRealm {
  Error: ErrorConstructor
  TypeError: TypeErrorConstructor
}

export class ErrorFactory {
  realm: ErrorRealm

  constructor(realm?: Partial<ErrorRealm>) {
    this.realm = { Error: realm?.Error ?? Error, TypeError: realm?.TypeError ?? TypeError }
  }

  error(message: string): Error {
    return new this.realm.Error(message)
  }

  typeError(message: string): TypeError {
    return new this.realm.TypeError(message)
  }

  /** `in get_x: The node with id "1:2" does not exist` */
  removed(op: string, id: string): Error {
    return this.error(`in ${op}: The node with id "${id}" does not exist`)
  }

  unloadedFont(prop: string, font: FontName): Error {
    return this.error(
      `in set_${prop}: Cannot write to node with unloaded font "${font.family} ${font.style}". ` +
        `Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the returned promise first.`,
    )
  }

  /** `TypeError: node.resize: no such property 'resize' on STICKY node` */
  noSuchNodeProperty(prop: string, type: string): TypeError {
    return this.typeError(`node.${prop}: no such property '${prop}' on ${type} node`)
  }

  /** `TypeError: figma.createSticky: no such property 'createSticky' on the figma global object` */
  noSuchGlobal(prop: string, owner = 'figma', ownerLabel = 'the figma global object'): TypeError {
    return this.typeError(`${owner}.${prop}: no such property '${prop}' on ${ownerLabel}`)
  }

  notExtensible(prop: string): TypeError {
    return this.typeError(`Cannot add property ${prop}, object is not extensible`)
  }

  readOnly(prop: string, owner: string): TypeError {
    return this.typeError(`Cannot assign to read only property '${prop}' of object '#<${owner}>'`)
  }

  /** `in getNodeById: Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.` */
  dynamicPage(op: string, alternative: string): Error {
    return this.error(`in ${op}: Cannot call with documentAccess: dynamic-page. Use ${alternative} instead.`)
  }

  closed(): Error {
    return this.error('Cannot access the figma global after the plugin has closed')
  }

  /** A real Figma member that this emulator does not model. */
  notEmulated(owner: string, prop: string): Error {
    return this.error(`[figma-emulator] ${owner}.${prop} exists in Figma but is not emulated; extend test/emulator if the plugin needs it`)
  }

  /** Validation error in Figma's `in set_x: <detail>` style. */
  invalid(op: string, detail: string): Error {
    return this.error(`in ${op}: ${detail}`)
  }
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

import { NO_WORKSHOP } from '../model/workshop'
import { numberAfter, type Fields, type Migration, type RecordFormat } from './run'

/**
 * The record on each map's section (core/board/map-record.ts). Up to v0.1.0 it carried the
 * journey's own schema id, so the record could not change without the export file changing
 * too; from version 2 it has ids of its own, `journey-lanes/map/N`.
 */

export const MAP_RECORD_SCHEMA = 'journey-lanes/map/2' as const

/** What v0.1.0 and earlier wrote; maps drawn before workshop options existed have no `workshop`. */
const SHARED_WITH_JOURNEY = 'journey-lanes/1'

/** Version 1 → 2: an id of its own, and workshop options always present, so no reader patches them in. */
export const ownIdAndWorkshop: Migration = {
  from: SHARED_WITH_JOURNEY,
  to: 'journey-lanes/map/2',
  up: (fields: Fields): Fields => (fields.workshop === undefined ? { ...fields, workshop: { ...NO_WORKSHOP } } : { ...fields }),
}

export const MAP_RECORD: RecordFormat = {
  current: MAP_RECORD_SCHEMA,
  migrations: [ownIdAndWorkshop],
  // `journey-lanes/N` counts too: a record with a later shared id can only come from a plugin newer than v0.1.0.
  versionOf: (schema) => numberAfter('journey-lanes/map/', schema) ?? numberAfter('journey-lanes/', schema),
}

/**
 * The core strings the sandbox renders itself: what it draws on the board and what it says
 * through figma.notify or closePlugin. dist/code.js carries these in every language; the rest
 * of the core catalog (en.ts and its translations) travels as Messages the panel renders, so
 * the sandbox carries only its keys (CORE_MESSAGE_KEYS in keys.ts).
 * A key goes here only if code in the sandbox bundle translates it (src/core/i18n/board.ts).
 */
export const boardEn = {
  // Default lane hints on a workshop board (laneHint in src/core/lanes.ts).
  'hint.actions': 'What does the customer do here?',
  'hint.goals': 'What do they want to achieve?',
  'hint.questions': 'What do they wonder about?',
  'hint.barriers': 'What stops or annoys them?',
  'hint.emotion': 'Put a sticky as high as they feel good',
  'hint.touchpoints': 'Where, and through what, do they meet us?',
  'hint.thoughts': 'What do they say or think?',
  'hint.drivers': 'Who or what moves them to act?',
  'hint.importance': 'How much does this step matter to them?',
  'hint.delights': 'What pleases them?',
  'hint.opportunities': 'How might we make it better?',
  'hint.backstage': 'Who works on this behind the scenes?',
  'hint.metrics': 'How do we measure this step?',

  // Labels drawn on the board.
  'board.persona.goals': 'Goals: {goals}',
  'board.parkingLot': 'Parking lot · {title}',
  'moment.lowest': 'Lowest point',
  'moment.highest': 'Highest point',
  'moment.steepest-drop': 'Steepest drop',
  // With several curves in the lane, a marker says whose curve it marks.
  'moment.ofPersona': '{moment} · {persona}',

  // Relaunch buttons on a map's section.
  'relaunch.edit': 'Open the Journey Lanes panel on this map',
  'relaunch.redraw': 'Redraw the emotion curve from the stickies in the lane',

  // figma.notify and closePlugin; live sync's failures are also sent to the panel as Messages.
  'notify.generated.one': 'Journey map drawn: {stages} stages, {count} card.',
  'notify.generated.other': 'Journey map drawn: {stages} stages, {count} cards.',
  'notify.regenerated.one': 'Map regenerated in place: {count} card kept where it belongs, {parked} moved to the Parking lot.',
  'notify.regenerated.other': 'Map regenerated in place: {count} cards kept where they belong, {parked} moved to the Parking lot.',
  'sync.failed': 'Live sync could not redraw this map’s emotion curve: {detail}',
  'sync.fontLoad': 'Live sync is off: the font "{font}" for the curve’s labels could not be loaded.',
  'notify.redrawn': 'The emotion curve of “{title}” is redrawn from its stickies.',
  'notify.upToDate': 'The emotion curve of “{title}” already matches its stickies.',
  'notify.noMap': 'Select a journey map to redraw its emotion curve.',
  'notify.mapData': 'This map’s stored data could not be read ({detail}).',
  'notify.mapNewer': 'This map was made by a newer version of Journey Lanes, so its curve was left as it is. Update the plugin to redraw it.',
} as const

/** Keys the sandbox translates itself; a sandbox call with any other key fails typecheck. */
export type BoardKey = keyof typeof boardEn

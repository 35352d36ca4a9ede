/**
 * The English message catalog: the source of truth for keys. Every string a person
 * reads, in the panel or on the board, is looked up here by key.
 * `{name}` marks a parameter; plural forms live under `key.one` / `key.other` (and the
 * extra Russian categories in ru.ts), picked by `plural()`.
 */
export const en = {
  'app.name': 'Journey Lanes',

  'lane.actions': 'Actions',
  'lane.goals': 'Goals & expectations',
  'lane.questions': 'Questions',
  'lane.barriers': 'Barriers & pain points',
  'lane.emotion': 'Emotions',
  'lane.touchpoints': 'Touchpoints',
  'lane.thoughts': 'Thoughts',
  'lane.drivers': 'Influencers & triggers',
  'lane.importance': 'Importance',
  'lane.delights': 'Delight points',
  'lane.opportunities': 'Opportunities',
  'lane.backstage': 'Owners & backstage',
  'lane.metrics': 'Metrics',
  'lane.custom': 'Custom lane',

  'template.customer.name': 'Customer journey',
  'template.customer.title': 'Customer journey',
  'template.customer.stage1': 'Awareness',
  'template.customer.stage2': 'Consideration',
  'template.customer.stage3': 'Purchase',
  'template.customer.stage4': 'Use',
  'template.customer.stage5': 'Loyalty',
  'template.blank.name': 'Blank',
  'template.blank.title': 'Untitled journey',
  'template.blank.stage': 'Stage {n}',

  'board.neutral': 'neutral',
  'board.stageFallback': 'Stage {n}',

  'error.noStages': 'Add at least one stage before generating the board.',
  'error.noLanes': 'Switch on at least one lane before generating the board.',
  'error.emptyTitle': 'Give the journey a title.',
  'error.emptyStageName': 'Stage {n} has no name. Type one, or remove the stage.',
  'error.duplicateId': 'Two items share the id "{id}". Reload the template and try again.',
  'error.unknownStage': 'A card or score points to a stage that is no longer in the journey ("{id}").',
  'error.unknownLane': 'A card points to a lane that is no longer in the journey ("{id}").',
  'error.unknownPersona': 'A card or score names a persona that is not in the journey ("{id}").',
  'error.scoreOutOfRange': 'The emotion score {score} at stage "{stage}" is outside the scale {min}…{max}.',
  'error.badScale': 'The emotion scale must run from a lower to a higher whole number (for example −2 to 2).',
  'error.badJourney': 'The journey data is not valid: {detail}.',
  'error.badMessage': 'The plugin received a message it does not understand ({detail}). Close and reopen the plugin.',
  'error.fontLoad': 'The font "{font}" could not be loaded, so nothing was drawn. Check that the font is available and try again.',
  'error.unexpected': 'Something went wrong while drawing: {detail}',
  'error.timeout': 'The plugin did not answer within {seconds} seconds. Try again.',
  'error.noMap': 'The selected node is not a journey map made by this plugin.',
  'error.mapData': 'This journey map’s stored data could not be read ({detail}). It may come from a newer version of the plugin.',

  'notify.generated.one': 'Journey map drawn: {stages} stages, {count} card.',
  'notify.generated.other': 'Journey map drawn: {stages} stages, {count} cards.',
  'progress.drawing': 'Drawing the board… {done} of {total}',

  // --- board reading and export strings below this line ---
  'read.outsideStages.one': '{count} sticky is outside every stage column, so it is not in the journey. Move it into a column to include it.',
  'read.outsideStages.other': '{count} stickies are outside every stage column, so they are not in the journey. Move them into a column to include them.',
  'read.outsideLanes.one': '{count} sticky is in a stage column but outside every lane, so it is not in the journey. Move it into a lane to include it.',
  'read.outsideLanes.other': '{count} stickies are in a stage column but outside every lane, so they are not in the journey. Move them into a lane to include them.',
  'export.defaultActor': 'Customer',

  // --- end of board reading and export strings ---

  'moment.lowest': 'Lowest point',
  'moment.highest': 'Highest point',
  'moment.steepest-drop': 'Steepest drop',

  'relaunch.edit': 'Open the Journey Lanes panel on this map',
  'relaunch.redraw': 'Redraw the emotion curve from the stickies in the lane',

  // --- live sync ---
  'sync.failed': 'Live sync could not redraw this map’s emotion curve: {detail}',
  'sync.fontLoad': 'Live sync is off: the font "{font}" for the curve’s labels could not be loaded.',
  'notify.redrawn': 'The emotion curve of “{title}” is redrawn from its stickies.',
  'notify.upToDate': 'The emotion curve of “{title}” already matches its stickies.',
  'notify.noMap': 'Select a journey map to redraw its emotion curve.',
  'notify.mapData': 'This map’s stored data could not be read ({detail}).',
} as const

/** Keys the sandbox can say; the panel and the importer add their own catalogs on top. */
export type CoreKey = keyof typeof en

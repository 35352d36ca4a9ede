import type { BoardKey } from './board-en'

/** Hebrew board strings; typed against the English keys. Terms and review status as in he.ts. */
export const boardHe: Record<BoardKey, string> & Record<string, string> = {
  // Default lane hints on a workshop board (laneHint in src/core/lanes.ts).
  'hint.actions': 'מה הלקוח עושה כאן?',
  'hint.goals': 'מה הלקוח רוצה להשיג?',
  'hint.questions': 'על מה הלקוח תוהה?',
  'hint.barriers': 'מה עוצר או מתסכל אותו?',
  'hint.emotion': 'ככל שההרגשה טובה יותר, מקמו את הפתק גבוה יותר',
  'hint.touchpoints': 'איפה ודרך מה הלקוח פוגש אותנו?',
  'hint.thoughts': 'מה הלקוח אומר או חושב?',
  'hint.drivers': 'מי או מה מניע אותו לפעול?',
  'hint.importance': 'כמה השלב הזה חשוב ללקוח?',
  'hint.delights': 'מה משמח את הלקוח?',
  'hint.opportunities': 'איך נוכל לשפר את זה?',
  'hint.backstage': 'מי עובד על זה מאחורי הקלעים?',
  'hint.metrics': 'איך מודדים את השלב הזה?',

  // Labels drawn on the board.
  'board.persona.goals': 'מטרות: {goals}',
  'board.parkingLot': 'חניון רעיונות · {title}',
  'moment.lowest': 'נקודת השפל',
  'moment.highest': 'נקודת השיא',
  'moment.steepest-drop': 'הירידה החדה ביותר',
  'moment.ofPersona': '{moment} · {persona}',

  // Relaunch buttons on a map's section.
  'relaunch.edit': 'פתיחת החלונית של Journey Lanes למפה הזו',
  'relaunch.redraw': 'ציור מחדש של עקומת הרגשות לפי הפתקים בנתיב',

  // figma.notify and closePlugin; live sync's failures are also sent to the panel as Messages.
  'notify.generated.one': 'מפת מסע הלקוח נוצרה: {stages} שלבים, {count} כרטיס.',
  'notify.generated.two': 'מפת מסע הלקוח נוצרה: {stages} שלבים, {count} כרטיסים.',
  'notify.generated.other': 'מפת מסע הלקוח נוצרה: {stages} שלבים, {count} כרטיסים.',
  'notify.regenerated.one': 'המפה נוצרה מחדש באותו מקום: {count} כרטיס נשאר במקומו, לחניון הרעיונות הועברו: {parked}.',
  'notify.regenerated.two': 'המפה נוצרה מחדש באותו מקום: {count} כרטיסים נשארו במקומם, לחניון הרעיונות הועברו: {parked}.',
  'notify.regenerated.other': 'המפה נוצרה מחדש באותו מקום: {count} כרטיסים נשארו במקומם, לחניון הרעיונות הועברו: {parked}.',
  'sync.failed': 'הסנכרון החי לא הצליח לצייר מחדש את עקומת הרגשות של המפה הזו: {detail}',
  'sync.fontLoad': 'הסנכרון החי כבוי: לא ניתן היה לטעון את הגופן "{font}" לתוויות העקומה.',
  'notify.redrawn': 'עקומת הרגשות של "{title}" צוירה מחדש לפי הפתקים שלה.',
  'notify.upToDate': 'עקומת הרגשות של "{title}" כבר תואמת לפתקים שלה.',
  'notify.noMap': 'בחרו מפת מסע לקוח כדי לצייר מחדש את עקומת הרגשות שלה.',
  'notify.mapData': 'לא ניתן היה לקרוא את הנתונים השמורים של המפה הזו ({detail}).',
  'notify.mapNewer': 'המפה הזו נוצרה בגרסה חדשה יותר של Journey Lanes, ולכן העקומה שלה נשארה כפי שהייתה. עדכנו את הפלאגין כדי לצייר אותה מחדש.',
}

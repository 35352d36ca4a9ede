import type { LaneKind } from '../model/lane-kinds'
import { normalizeName } from '../model/normalize'
import type { Field } from './types'

/**
 * The names researchers give columns and lanes, in the languages of the people who use
 * the plugin. Lookups go through one Map of normalised names (see `normalizeName`), so
 * case, punctuation and "ё" do not matter, and a big file costs one Map lookup per cell.
 */

export const ALIAS_LANGUAGES = ['en', 'ru', 'bg', 'he'] as const
export type AliasLanguage = (typeof ALIAS_LANGUAGES)[number]

type KnownLane = Exclude<LaneKind, 'custom'>

export interface AliasList {
  fields: Readonly<Record<Field, readonly string[]>>
  lanes: Readonly<Partial<Record<KnownLane, readonly string[]>>>
}

const ALIASES: Readonly<Record<AliasLanguage, AliasList>> = {
  en: {
    fields: {
      stage: ['stage', 'stages', 'step', 'phase', 'journey stage', 'stage name', 'journey step', 'touchpoint stage'],
      lane: ['lane', 'layer', 'row', 'category', 'type', 'swimlane', 'swim lane', 'lane name', 'dimension', 'kind'],
      text: ['text', 'note', 'notes', 'quote', 'observation', 'comment', 'content', 'description', 'finding', 'insight', 'sticky', 'verbatim', 'card'],
      score: ['score', 'emotion', 'emotion score', 'rating', 'mood', 'sentiment', 'feeling', 'feelings', 'emotions', 'satisfaction', 'csat'],
      persona: ['persona', 'personas', 'segment', 'role', 'user type', 'customer type', 'profile', 'archetype'],
      participant: ['participant', 'participant id', 'respondent', 'respondent id', 'interviewee', 'user', 'user id', 'id', 'pid', 'person', 'subject', 'name', 'interview'],
    },
    lanes: {
      actions: ['actions', 'action', 'customer actions', 'user actions', 'do', 'does', 'doing', 'steps', 'activities', 'activity', 'tasks', 'task', 'behaviour', 'behavior', 'what they do'],
      goals: ['goals', 'goal', 'goals & expectations', 'goals and expectations', 'expectations', 'needs', 'jobs', 'jobs to be done', 'motivations', 'wants'],
      questions: ['questions', 'question', 'questions & difficulties', 'doubts', 'difficulties', 'unknowns', 'wonders'],
      barriers: ['barriers', 'barrier', 'barriers & pain points', 'pain points', 'pain point', 'pains', 'pain', 'problems', 'issues', 'frustrations', 'obstacles', 'blockers', 'errors', 'friction'],
      emotion: ['emotion', 'emotions', 'feel', 'feels', 'feeling', 'feelings', 'mood', 'sentiment', 'emotional curve', 'emotional journey', 'emotional state'],
      touchpoints: ['touchpoints', 'touchpoint', 'touch points', 'touch point', 'channels', 'channel', 'devices', 'points of contact', 'interactions', 'where'],
      thoughts: ['thoughts', 'thought', 'think', 'thinks', 'thinking', 'quotes', 'quote', 'says', 'say', 'inner voice', 'says & thinks'],
      drivers: ['drivers', 'driver', 'influencers & triggers', 'influencers', 'triggers', 'trigger', 'influences', 'motivators'],
      importance: ['importance', 'priority', 'step importance', 'importance of the step'],
      delights: ['delights', 'delight', 'delight points', 'delighters', 'highlights', 'moments of delight', 'gains', 'wow'],
      opportunities: ['opportunities', 'opportunity', 'ideas', 'idea', 'how might we', 'hmw', 'improvements', 'user stories', 'solutions', 'recommendations'],
      backstage: ['backstage', 'owners & backstage', 'owners', 'owner', 'departments', 'processes', 'back office', 'support processes', 'behind the scenes', 'internal processes'],
      metrics: ['metrics', 'metric', 'kpi', 'kpis', 'measures', 'nps', 'conversion'],
    },
  },
  ru: {
    fields: {
      stage: ['этап', 'этапы', 'стадия', 'стадии', 'шаг', 'шаги', 'фаза', 'фазы', 'этап пути', 'название этапа'],
      lane: ['слой', 'слои', 'уровень', 'категория', 'тип', 'строка', 'дорожка'],
      text: ['заметка', 'заметки', 'текст', 'комментарий', 'наблюдение', 'цитата', 'описание', 'содержание', 'примечание', 'инсайт', 'стикер'],
      score: ['оценка', 'оценки', 'эмоция', 'эмоции', 'настроение', 'балл', 'баллы', 'оценка эмоции', 'удовлетворенность'],
      persona: ['персона', 'персоны', 'сегмент', 'роль', 'тип клиента', 'профиль'],
      participant: ['участник', 'респондент', 'интервьюируемый', 'пользователь', 'клиент', 'имя', 'интервью', 'id участника'],
    },
    lanes: {
      actions: ['действия', 'действие', 'действия клиента', 'шаги и действия клиента', 'шаги и действия', 'действия пользователя', 'шаги', 'что делает', 'делает', 'задачи'],
      goals: ['цели', 'цель', 'цели и ожидания', 'ожидания', 'потребности', 'мотивы', 'мотивация'],
      questions: ['вопросы', 'вопрос', 'вопросы и сложности', 'сложности', 'сомнения'],
      barriers: ['барьеры', 'барьер', 'барьеры и ошибки', 'боли', 'болевые точки', 'проблемы', 'ошибки', 'препятствия', 'трудности', 'раздражители'],
      emotion: ['эмоции', 'эмоция', 'чувства', 'чувствует', 'настроение', 'эмоциональная кривая', 'эмоциональное состояние', 'ощущения', 'переживания'],
      touchpoints: ['точки касания', 'точки и объекты касания', 'точка касания', 'объекты касания', 'точки контакта', 'каналы', 'канал', 'касания', 'каналы и точки касания'],
      thoughts: ['мысли', 'думает', 'что думает', 'цитаты', 'высказывания', 'говорит', 'что говорит'],
      drivers: ['драйверы', 'агенты влияния', 'агенты влияния и драйверы', 'триггеры', 'мотиваторы', 'влияние'],
      importance: ['важность', 'важность шага', 'приоритет', 'значимость'],
      delights: ['точки восхищения', 'восхищение', 'радости', 'приятные моменты', 'вау', 'вау эффекты'],
      opportunities: ['возможности', 'возможность', 'идеи', 'улучшения', 'как мы можем', 'решения', 'рекомендации'],
      backstage: ['подразделения', 'подразделение', 'бэкстейдж', 'закулисье', 'ответственные', 'процессы', 'внутренние процессы', 'бэк офис'],
      metrics: ['метрики', 'метрика', 'показатели', 'kpi', 'конверсия'],
    },
  },
  bg: {
    fields: {
      stage: ['етап', 'етапи', 'стъпка', 'стъпки', 'фаза', 'фази', 'стадий', 'стадия', 'стадии', 'етап от пътя'],
      lane: ['слой', 'пласт', 'ниво', 'категория', 'тип', 'ред'],
      text: ['бележка', 'бележки', 'текст', 'коментар', 'наблюдение', 'цитат', 'описание', 'съдържание'],
      score: ['оценка', 'емоция', 'емоции', 'настроение', 'резултат', 'точки'],
      persona: ['персона', 'сегмент', 'роля', 'профил'],
      participant: ['участник', 'респондент', 'интервюиран', 'потребител', 'клиент', 'име'],
    },
    lanes: {
      actions: ['действия', 'действие', 'действия на клиента', 'стъпки', 'какво прави', 'прави'],
      goals: ['цели', 'цел', 'цели и очаквания', 'очаквания', 'нужди', 'потребности'],
      questions: ['въпроси', 'въпрос', 'въпроси и трудности', 'съмнения'],
      barriers: ['бариери', 'бариера', 'болки', 'болезнени точки', 'проблеми', 'пречки', 'грешки', 'трудности'],
      emotion: ['емоции', 'емоция', 'чувства', 'чувства се', 'настроение', 'емоционална крива', 'усещания'],
      touchpoints: ['точки на контакт', 'точки на допир', 'допирни точки', 'канали', 'канал'],
      thoughts: ['мисли', 'мисли си', 'цитати', 'казва'],
      drivers: ['двигатели', 'драйвери', 'тригери', 'влияния', 'фактори на влияние'],
      importance: ['важност', 'приоритет', 'значимост'],
      delights: ['приятни моменти', 'точки на възторг', 'възторг', 'радости'],
      opportunities: ['възможности', 'възможност', 'идеи', 'подобрения', 'решения'],
      backstage: ['отдели', 'отдел', 'процеси', 'отговорници', 'зад кулисите', 'бек офис'],
      metrics: ['метрики', 'показатели', 'kpi'],
    },
  },
  he: {
    fields: {
      stage: ['שלב', 'שלבים', 'שלב במסע', 'צעד', 'פאזה'],
      lane: ['שכבה', 'שכבות', 'קטגוריה', 'סוג', 'שורה', 'נתיב'],
      text: ['הערה', 'הערות', 'טקסט', 'ציטוט', 'תצפית', 'תיאור', 'תוכן', 'פתק', 'תובנה'],
      score: ['ציון', 'רגש', 'דירוג', 'מצב רוח', 'שביעות רצון'],
      persona: ['פרסונה', 'פרסונות', 'פלח', 'תפקיד', 'פרופיל'],
      participant: ['משתתף', 'משתתפת', 'מרואיין', 'מרואיינת', 'נבדק', 'משתמש', 'שם', 'מזהה'],
    },
    lanes: {
      actions: ['פעולות', 'פעולה', 'פעולות הלקוח', 'מה עושה', 'עושה', 'צעדים'],
      goals: ['מטרות', 'מטרה', 'מטרות וציפיות', 'ציפיות', 'צרכים'],
      questions: ['שאלות', 'שאלה', 'שאלות וקשיים', 'התלבטויות', 'ספקות'],
      barriers: ['חסמים', 'מחסומים', 'חסם', 'כאבים', 'נקודות כאב', 'בעיות', 'קשיים', 'תסכולים'],
      emotion: ['רגשות', 'רגש', 'מרגיש', 'מה מרגיש', 'תחושות', 'מצב רוח', 'עקומה רגשית'],
      touchpoints: ['נקודות מגע', 'נקודת מגע', 'ערוצים', 'ערוץ'],
      thoughts: ['מחשבות', 'חושב', 'מה חושב', 'ציטוטים', 'אומר'],
      drivers: ['מניעים', 'טריגרים', 'גורמי השפעה', 'גורמי השפעה וטריגרים', 'משפיעים'],
      importance: ['חשיבות', 'עדיפות'],
      delights: ['רגעי הנאה', 'נקודות הנאה', 'רגעי שמחה', 'וואו'],
      opportunities: ['הזדמנויות', 'הזדמנות', 'רעיונות', 'שיפורים', 'פתרונות'],
      backstage: ['מאחורי הקלעים', 'מחלקות', 'תהליכים', 'אחראים', 'בעלי תפקידים'],
      metrics: ['מדדים', 'מדד', 'kpi'],
    },
  },
}

/**
 * Header names of the column that states the file's scale ("−2..+2", "1..5"). Our CSV export
 * writes it, so importing the file gives the same board back; a person may add it too.
 */
const SCALE_HEADERS: Readonly<Record<AliasLanguage, readonly string[]>> = {
  en: ['scale', 'score scale'],
  ru: ['шкала', 'шкала оценки'],
  bg: ['скала', 'скала на оценка'],
  he: ['סולם', 'סולם ציון'],
}
const SCALE_INDEX = new Set(ALIAS_LANGUAGES.flatMap((lang) => SCALE_HEADERS[lang].map(normalizeName)))

export function listScaleHeaders(): Readonly<Record<AliasLanguage, readonly string[]>> {
  return SCALE_HEADERS
}

/** The column that states the file's scale, or -1. */
export function scaleColumn(headers: readonly string[]): number {
  return headers.findIndex((h) => SCALE_INDEX.has(normalizeName(h)))
}

/** Every alias the importer knows, per language: for the README and the preview's help. */
export function listAliases(): Readonly<Record<AliasLanguage, AliasList>> {
  return ALIASES
}

/** What a name matched: the key and the language of the alias it matched. */
export interface AliasHit<K> {
  key: K
  lang: AliasLanguage
}

function buildIndex<K extends string>(pick: (list: AliasList) => Readonly<Partial<Record<K, readonly string[]>>>): Map<string, AliasHit<K>> {
  const index = new Map<string, AliasHit<K>>()
  for (const lang of ALIAS_LANGUAGES) {
    const table = pick(ALIASES[lang])
    for (const key of Object.keys(table) as K[]) {
      for (const alias of table[key] ?? []) {
        const name = normalizeName(alias)
        // First language wins a clash (действия is Russian and Bulgarian alike).
        if (!index.has(name)) index.set(name, { key, lang })
      }
    }
  }
  return index
}

const FIELD_INDEX = buildIndex<Field>((l) => l.fields)
const LANE_INDEX = buildIndex<KnownLane>((l) => l.lanes)

/** Words shorter than this are not looked up on their own inside a longer name ("do" in "to do"). */
const MIN_TOKEN = 4
/** Hebrew writes without vowels, so its words are shorter. */
const MIN_TOKEN_HEBREW = 3
const HEBREW = /[\u0590-\u05ff]/
/** Words too generic to name a field or lane on their own inside a longer name ("Task name"). */
const GENERIC = new Set(['name', 'type', 'user', 'kind', 'card', 'имя', 'тип', 'име', 'שם', 'סוג'])

/** A longer name names a field or lane by its first or last word ("Stage name", "Customer actions"). */
function byTokens<K>(index: ReadonlyMap<string, K>, name: string): K | undefined {
  const tokens = name.split(' ')
  if (tokens.length < 2) return undefined
  for (const token of [tokens[0]!, tokens[tokens.length - 1]!]) {
    if (token.length < (HEBREW.test(token) ? MIN_TOKEN_HEBREW : MIN_TOKEN) || GENERIC.has(token)) continue
    const hit = index.get(token)
    if (hit !== undefined) return hit
  }
  return undefined
}

/** The field a header names exactly, if any. */
export function fieldExact(header: string): Field | undefined {
  return FIELD_INDEX.get(normalizeName(header))?.key
}

/** The field a header names through its first or last word ("Stage name", "Participant ID"). */
export function fieldByWord(header: string): Field | undefined {
  return byTokens(FIELD_INDEX, normalizeName(header))?.key
}

const laneCache = new Map<string, AliasHit<KnownLane> | null>()
const CACHE_LIMIT = 10000

/** The catalog kind a lane name stands for and the language it was recognised in; null for a lane of the person's own. */
export function matchLane(name: string): AliasHit<KnownLane> | null {
  const cached = laneCache.get(name)
  if (cached !== undefined) return cached
  const key = normalizeName(name)
  const hit = key === '' ? null : (LANE_INDEX.get(key) ?? byTokens(LANE_INDEX, key) ?? null)
  if (laneCache.size >= CACHE_LIMIT) laneCache.clear()
  laneCache.set(name, hit)
  return hit
}

/** The catalog kind a lane name stands for, or null for a lane of the person's own. */
export function laneKind(name: string): KnownLane | null {
  return matchLane(name)?.key ?? null
}

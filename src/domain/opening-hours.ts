/**
 * "Open now" from an OpenStreetMap `opening_hours` value, for the subset that
 * tourist places use:
 *   24/7 · Mo-Fr 08:00-17:00; Sa 08:00-12:00; Su off · Tu-Su 08:00-11:30,13:30-17:00; PH off
 *   Fr-Mo 18:00-02:00 · Sa,Su,PH 07:00-24:00 · Apr-Oct 06:00-18:00; Nov-Mar 07:00-17:00
 * Rules after `;` replace earlier ones on the days they name; rules after `,`
 * add to them. Anything else (sunrise, Mo[1], SH, comments, "10:00-12:00 off")
 * is an error here, and the content check rejects it, so the browser only
 * meets values it can evaluate.
 *
 * Why not the `opening_hours` package, the OSM reference: it costs 715 kB
 * minified (116 kB gzip) in the browser, and its Vietnamese holiday list has
 * no Tết and no Hùng Kings' day. It stays a build-time check
 * (src/content/build/opening-hours.ts), and the tests compare this evaluator
 * with it.
 *
 * Hours are the place's wall clock: `now` is converted to the site's time zone
 * with Intl, so a phone still on Seoul time gets Hải Phòng's answer.
 */
import { addDays, type DayOfWeek, dayOfWeek, fromEpochDay, type LocalDate, toEpochDay } from './local-date.ts'

/** A date and a wall-clock time in the place's zone; `time` is 'HH:MM'. */
export interface LocalDateTime {
  readonly date: LocalDate
  readonly time: string
}

/** Minutes from midnight; `end` is after `start` and up to 2880 when the span runs past midnight. */
export interface TimeSpan {
  readonly start: number
  readonly end: number
}

export interface OpeningRule {
  /** A rule after `,`: it adds its hours instead of replacing earlier ones (an `off` one still clears the day). */
  readonly additional: boolean
  /** 1 = January; undefined = every month. */
  readonly months?: readonly number[]
  /** Undefined, with `publicHolidays` false, = every day. */
  readonly weekdays?: readonly DayOfWeek[]
  /** The rule names `PH`: it applies on public holidays (as well as on its weekdays). */
  readonly publicHolidays: boolean
  /** Open spans of the day; empty = closed (`off`). */
  readonly spans: readonly TimeSpan[]
}

export interface OpeningSchedule {
  readonly rules: readonly OpeningRule[]
}

export type OpeningStatus =
  | { readonly state: 'unknown' }
  /** `closesAt` undefined: open around the clock, or at least for the next 8 days. */
  | { readonly state: 'open'; readonly closesAt?: LocalDateTime }
  /** `opensAt` undefined: no opening within the next 8 days. */
  | { readonly state: 'closed'; readonly opensAt?: LocalDateTime }

export interface OpeningOptions {
  /** IANA zone of the place, e.g. 'Asia/Ho_Chi_Minh' (site.timeZone). */
  readonly timeZone: string
  /** Whether a date of the place's calendar is a public holiday (`PH`). */
  isPublicHoliday(date: LocalDate): boolean
}

const DAY = 1440
/** How far ahead `openingStatus` looks for the next opening or closing. */
const HORIZON_DAYS = 8

/** OSM order, Monday first; values are `DayOfWeek` numbers. */
const WEEKDAYS: ReadonlyMap<string, DayOfWeek> = new Map([
  ['Mo', 1],
  ['Tu', 2],
  ['We', 3],
  ['Th', 4],
  ['Fr', 5],
  ['Sa', 6],
  ['Su', 0],
])
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const CLOSED_WORDS = new Set(['off', 'closed'])
/** English names people write instead of the OSM abbreviations, to point them at the right form. */
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** Valid OSM that the subset leaves out, named so the error can say so. */
const UNSUPPORTED: ReadonlyMap<string, string> = new Map([
  ['sh', 'school holidays (SH)'],
  ['sunrise', 'times that follow the sun'],
  ['sunset', 'times that follow the sun'],
  ['dawn', 'times that follow the sun'],
  ['dusk', 'times that follow the sun'],
  ['easter', 'Easter dates'],
  ['week', 'week numbers'],
  ['unknown', 'the "unknown" state'],
])

const SUBSET =
  'keep to days (Mo-Fr, Sa,Su), months (Jan-Mar), PH, times (08:00-17:00, several joined by ",") and off, e.g. "Mo-Fr 08:00-17:00; PH off"'

type TokenKind = 'word' | 'time' | '-' | ',' | ';' | '24/7'

interface Token {
  readonly kind: TokenKind
  readonly text: string
  /** 1-based, as editors count. */
  readonly column: number
}

class SyntaxProblem extends Error {}

function fail(message: string): never {
  throw new SyntaxProblem(message)
}

function tokenize(value: string): Token[] {
  // Sticky (y) regexes keep their position, so each call gets its own.
  const pattern = /\s*(?:(24\/7)|(\d+:\d+)|(\d+)|([A-Za-z]+)|([-,;])|(\S))/y
  const tokens: Token[] = []
  let match: RegExpExecArray | null
  while (pattern.lastIndex < value.length && (match = pattern.exec(value))) {
    const text = match[0].trimStart()
    const column = match.index + match[0].length - text.length + 1
    if (match[1]) tokens.push({ kind: '24/7', text, column })
    else if (match[2]) tokens.push({ kind: 'time', text, column })
    else if (match[3]) fail(`"${text}" at column ${column} is not a time: write hours and minutes, e.g. 08:00`)
    else if (match[4]) tokens.push({ kind: 'word', text, column })
    else if (match[5]) tokens.push({ kind: text as TokenKind, text, column })
    else fail(describeCharacter(text, column))
  }
  return tokens
}

function describeCharacter(char: string, column: number): string {
  if (char === '"') return `the comment at column ${column} is not supported: the app cannot show it; ${SUBSET}`
  if (char === '–' || char === '—') return `"${char}" at column ${column} should be a plain hyphen "-"`
  if (char === '[')
    return `"[" at column ${column} (e.g. Sa[1], the first Saturday of the month) is not supported; ${SUBSET}`
  if (char === '+') return `the open end "+" at column ${column} is not supported: give a closing time`
  return `"${char}" at column ${column} is not part of the opening-hours syntax this app reads; ${SUBSET}`
}

function describeWord(token: Token): string {
  const { text, column } = token
  const lower = text.toLowerCase()
  const unsupported = UNSUPPORTED.get(lower)
  if (unsupported) return `${unsupported} at column ${column} cannot be evaluated by the app; ${SUBSET}`
  if (lower.length >= 2 && DAY_NAMES.some((name) => name.startsWith(lower))) {
    return `"${text}" at column ${column} is not a day: write days with two letters, Mo Tu We Th Fr Sa Su`
  }
  if (lower.length >= 3 && MONTH_NAMES.some((name) => name.startsWith(lower))) {
    return `"${text}" at column ${column} is not a month: write months with three letters, Jan Feb … Dec`
  }
  if (lower === 'ph') return `"${text}" at column ${column} should be written PH`
  if (CLOSED_WORDS.has(lower) || lower === 'open') return `"${text}" at column ${column} should be written ${lower}`
  return `"${text}" at column ${column} is not a day, month, PH or off; ${SUBSET}`
}

function isKeyword(word: string): boolean {
  return WEEKDAYS.has(word) || MONTHS.includes(word) || word === 'PH' || CLOSED_WORDS.has(word) || word === 'open'
}

class Parser {
  private index = 0

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): OpeningSchedule {
    if (this.tokens.length === 0) fail('the value is empty')
    const rules: OpeningRule[] = [this.rule(false)]
    while (this.peek()) {
      const separator = this.next()
      if (separator.kind === 'word' && !isKeyword(separator.text)) fail(describeWord(separator))
      if (separator.kind !== ';' && separator.kind !== ',') {
        fail(
          `"${separator.text}" at column ${separator.column} is out of place: a rule gives months, then days, ` +
            'then times, then off, e.g. "Jan-Mar Mo-Fr 08:00-17:00"',
        )
      }
      if (!this.peek() || this.peek()?.kind === ';' || this.peek()?.kind === ',') {
        fail(`"${separator.text}" at column ${separator.column} is followed by no rule: remove it`)
      }
      rules.push(this.rule(separator.kind === ','))
    }
    return { rules }
  }

  private rule(additional: boolean): OpeningRule {
    const first = this.peek()
    if (first?.kind === '24/7') {
      this.index++
      return { additional, publicHolidays: false, spans: [{ start: 0, end: DAY }] }
    }
    const months = this.list(
      (token) => this.isMonth(token),
      () => this.monthRange(),
    )
    const days = this.list(
      (token) => token.kind === 'word' && (WEEKDAYS.has(token.text) || token.text === 'PH'),
      () => this.dayItem(),
    )
    const spans = this.list(
      (token) => token.kind === 'time',
      () => this.timeSpan(),
    )
    const modifier = this.peek()
    let open = true
    if (modifier?.kind === 'word' && (CLOSED_WORDS.has(modifier.text) || modifier.text === 'open')) {
      this.index++
      open = modifier.text === 'open'
      if (!open && spans) {
        fail(`closed times ("${modifier.text}" at column ${modifier.column}) are not supported: give the open times`)
      }
    } else if (!months && !days && !spans) {
      const token = this.peek()!
      if (token.kind === 'word') fail(describeWord(token))
      fail(`"${token.text}" at column ${token.column} cannot start a rule; ${SUBSET}`)
    }
    const weekdays = days?.flatMap((item) => (item === 'PH' ? [] : item))
    return {
      additional,
      ...(months && { months: [...new Set(months.flat())].sort((a, b) => a - b) }),
      ...(weekdays?.length ? { weekdays: [...new Set(weekdays)].sort((a, b) => a - b) } : {}),
      publicHolidays: days?.includes('PH') ?? false,
      spans: open ? (spans ?? [{ start: 0, end: DAY }]) : [],
    }
  }

  /** Items joined by ","; a "," followed by something else separates rules instead. */
  private list<T>(starts: (token: Token) => boolean, item: () => T): T[] | undefined {
    const first = this.peek()
    if (!first || !starts(first)) return undefined
    const items = [item()]
    while (this.peek()?.kind === ',' && this.peek(1) && starts(this.peek(1)!)) {
      this.index++
      items.push(item())
    }
    return items
  }

  private isMonth(token: Token): boolean {
    return token.kind === 'word' && MONTHS.includes(token.text)
  }

  private monthRange(): number[] {
    const first = MONTHS.indexOf(this.next().text) + 1
    if (this.peek()?.kind !== '-') return [first]
    const dash = this.next()
    const end = this.peek()
    if (!end || !this.isMonth(end)) fail(`a month must follow "-" at column ${dash.column}, e.g. Jan-Mar`)
    const last = MONTHS.indexOf(this.next().text) + 1
    // Nov-Feb runs over the new year.
    const length = ((last - first + 12) % 12) + 1
    return Array.from({ length }, (_, i) => ((first - 1 + i) % 12) + 1)
  }

  private dayItem(): DayOfWeek[] | 'PH' {
    const token = this.next()
    if (token.text === 'PH') return 'PH'
    const first = WEEKDAYS.get(token.text)!
    if (this.peek()?.kind !== '-') return [first]
    const dash = this.next()
    const end = this.peek()
    if (end?.kind !== 'word' || !WEEKDAYS.has(end.text)) {
      fail(`a day must follow "-" at column ${dash.column}, e.g. Mo-Fr`)
    }
    const last = WEEKDAYS.get(this.next().text)!
    // Fr-Mo runs over the weekend.
    const length = ((last - first + 7) % 7) + 1
    return Array.from({ length }, (_, i) => ((first + i) % 7) as DayOfWeek)
  }

  private timeSpan(): TimeSpan {
    const startToken = this.next()
    const start = minutesOf(startToken, 23 * 60 + 59)
    const dash = this.peek()
    if (dash?.kind !== '-') {
      fail(`the time at column ${startToken.column} needs an end: write a range, e.g. ${startToken.text}-17:00`)
    }
    this.index++
    const endToken = this.peek()
    if (endToken?.kind !== 'time') fail(`a time must follow "-" at column ${dash.column}, e.g. 08:00-17:00`)
    this.index++
    const end = minutesOf(endToken, 2 * DAY)
    // 18:00-02:00 closes the next morning; 10:00-10:00 is a whole day.
    return { start, end: end <= start ? end + DAY : end }
  }

  private peek(ahead = 0): Token | undefined {
    return this.tokens[this.index + ahead]
  }

  private next(): Token {
    return this.tokens[this.index++]!
  }
}

const TIME = /^(\d\d):(\d\d)$/

function minutesOf(token: Token, max: number): number {
  const match = TIME.exec(token.text)
  if (!match) fail(`"${token.text}" at column ${token.column} is not a time: write two-digit hours, e.g. 08:00`)
  const minutes = Number(match[1]) * 60 + Number(match[2])
  if (Number(match[2]) > 59 || minutes > max) {
    const limit = max === 2 * DAY ? '48:00 (for times after midnight)' : '23:59'
    fail(`"${token.text}" at column ${token.column} is not a time of day: a time here is at most ${limit}`)
  }
  return minutes
}

/** Parses the subset described above; the error names what is wrong and the column, for people editing content. */
export function parseOpeningHours(value: string): { schedule: OpeningSchedule } | { error: string } {
  try {
    return { schedule: new Parser(tokenize(value)).parse() }
  } catch (error) {
    if (error instanceof SyntaxProblem) return { error: error.message }
    throw error
  }
}

function appliesOn(rule: OpeningRule, date: LocalDate, isPublicHoliday: (date: LocalDate) => boolean): boolean {
  if (rule.months && !rule.months.includes(date.month)) return false
  if (!rule.weekdays && !rule.publicHolidays) return true
  return (rule.weekdays?.includes(dayOfWeek(date)) ?? false) || (rule.publicHolidays && isPublicHoliday(date))
}

/**
 * The open spans of one day (minutes 0–1440), as the OSM reference evaluates
 * them: a rule that applies on the day replaces what earlier rules gave it,
 * an additional (`,`) rule adds to it, and hours that run past midnight stay
 * open the next morning unless a later rule names that morning's day.
 */
function daySpans(schedule: OpeningSchedule, date: LocalDate, isPublicHoliday: (date: LocalDate) => boolean) {
  const yesterday = addDays(date, -1)
  let spans: TimeSpan[] = []
  for (const rule of schedule.rules) {
    if (appliesOn(rule, date, isPublicHoliday)) {
      const today = rule.spans.map((span) => ({ start: span.start, end: Math.min(span.end, DAY) }))
      spans = rule.additional && today.length > 0 ? [...spans, ...today] : today
    }
    const overnight = rule.spans.filter((span) => span.end > DAY)
    if (overnight.length > 0 && appliesOn(rule, yesterday, isPublicHoliday)) {
      spans = [...spans, ...overnight.map((span) => ({ start: 0, end: span.end - DAY }))]
    }
  }
  return spans
}

/** Open spans from the start of `from` for `days` days, in minutes since 1970-01-01 of the place's calendar, merged. */
function openSpans(
  schedule: OpeningSchedule,
  from: LocalDate,
  days: number,
  isPublicHoliday: (date: LocalDate) => boolean,
): TimeSpan[] {
  const holidays = new Map<number, boolean>()
  // Rules ask about the same dates repeatedly; the lunar calendar behind PH is not free.
  const cachedIsHoliday = (date: LocalDate) => {
    const key = toEpochDay(date)
    if (!holidays.has(key)) holidays.set(key, isPublicHoliday(date))
    return holidays.get(key)!
  }
  const first = toEpochDay(from)
  const spans = Array.from({ length: days }, (_, i) =>
    daySpans(schedule, fromEpochDay(first + i), cachedIsHoliday).map((span) => ({
      start: (first + i) * DAY + span.start,
      end: (first + i) * DAY + span.end,
    })),
  )
    .flat()
    .sort((a, b) => a.start - b.start)
  const merged: TimeSpan[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else merged.push(span)
  }
  return merged
}

/**
 * Building a DateTimeFormat costs about 50 times more than using one, and a
 * list of places asks once a place every minute. The formatters are immutable
 * and there is one per zone (in practice one), so keeping them changes no result.
 */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>()

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    wallClockFormats.set(timeZone, format)
  }
  return format
}

/** The wall-clock date and minute of an instant in a time zone; throws a RangeError from Intl for an unknown zone. */
export function wallClockIn(timeZone: string, now: Date): { date: LocalDate; minutes: number } {
  const parts = wallClockFormat(timeZone).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return {
    date: { year: part('year'), month: part('month'), day: part('day') },
    minutes: part('hour') * 60 + part('minute'),
  }
}

function toLocalDateTime(minute: number): LocalDateTime {
  const day = Math.floor(minute / DAY)
  const inDay = minute - day * DAY
  const pad = (n: number) => String(n).padStart(2, '0')
  return { date: fromEpochDay(day), time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}` }
}

/**
 * Whether a place is open at `now`, and until when or from when, within the
 * next 8 days. No value, or one outside the subset, is 'unknown', never
 * 'closed': a place whose hours we do not know may well be open.
 */
export function openingStatus(value: string | undefined, now: Date, options: OpeningOptions): OpeningStatus {
  if (value === undefined) return { state: 'unknown' }
  const parsed = parseOpeningHours(value)
  if ('error' in parsed) return { state: 'unknown' }
  const { date, minutes } = wallClockIn(options.timeZone, now)
  const current = toEpochDay(date) * DAY + minutes
  const horizon = current + HORIZON_DAYS * DAY
  // One day more than the horizon, so a span still open at the horizon reads as "no end in sight".
  const spans = openSpans(parsed.schedule, date, HORIZON_DAYS + 1, options.isPublicHoliday)
  const open = spans.find((span) => span.start <= current && current < span.end)
  if (open) return open.end <= horizon ? { state: 'open', closesAt: toLocalDateTime(open.end) } : { state: 'open' }
  const next = spans.find((span) => span.start > current && span.start <= horizon)
  return next ? { state: 'closed', opensAt: toLocalDateTime(next.start) } : { state: 'closed' }
}

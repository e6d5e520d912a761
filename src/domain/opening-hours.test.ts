import OpeningHours from 'opening_hours'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, fromIso, isSameDate, type LocalDate, toIso } from './local-date'
import { openingStatus, type OpeningStatus, parseOpeningHours, wallClockIn } from './opening-hours'
import { isVietnamesePublicHoliday } from './public-holidays'

const HAI_PHONG = { timeZone: 'Asia/Ho_Chi_Minh', isPublicHoliday: isVietnamesePublicHoliday }

/** An instant given as Hải Phòng wall-clock time (UTC+7, no daylight saving). */
function hp(isoLocal: string): Date {
  return new Date(`${isoLocal}:00+07:00`)
}

function status(value: string | undefined, isoLocal: string): OpeningStatus {
  return openingStatus(value, hp(isoLocal), HAI_PHONG)
}

const at = (date: string, time: string) => ({ date: fromIso(date), time })

// The week used below: 2026-03-02 is a Monday, 2026-03-08 a Sunday; no holidays.
describe('parseOpeningHours', () => {
  it('reads weekdays, wrap-around ranges, several times a day and off', () => {
    expect(parseOpeningHours('Mo-Fr 08:00-17:00; Sa 08:00-12:00; Su off')).toEqual({
      schedule: {
        rules: [
          { additional: false, weekdays: [1, 2, 3, 4, 5], publicHolidays: false, spans: [{ start: 480, end: 1020 }] },
          { additional: false, weekdays: [6], publicHolidays: false, spans: [{ start: 480, end: 720 }] },
          { additional: false, weekdays: [0], publicHolidays: false, spans: [] },
        ],
      },
    })
    expect(parseOpeningHours('Fr-Mo 08:00-11:30,13:30-17:00, PH closed')).toEqual({
      schedule: {
        rules: [
          {
            additional: false,
            weekdays: [0, 1, 5, 6],
            publicHolidays: false,
            spans: [
              { start: 480, end: 690 },
              { start: 810, end: 1020 },
            ],
          },
          { additional: true, publicHolidays: true, spans: [] },
        ],
      },
    })
  })

  it('keeps past-midnight ends on the next day and reads 24:00 and 24/7', () => {
    expect(parseOpeningHours('18:00-02:00')).toEqual({
      schedule: { rules: [{ additional: false, publicHolidays: false, spans: [{ start: 1080, end: 1560 }] }] },
    })
    expect(parseOpeningHours('Sa,Su,PH 07:00-24:00')).toMatchObject({
      schedule: { rules: [{ weekdays: [0, 6], publicHolidays: true, spans: [{ start: 420, end: 1440 }] }] },
    })
    expect(parseOpeningHours('24/7; PH off')).toMatchObject({
      schedule: { rules: [{ spans: [{ start: 0, end: 1440 }] }, { publicHolidays: true, spans: [] }] },
    })
  })

  it('reads month ranges, including one over the new year', () => {
    expect(parseOpeningHours('Nov-Feb Mo-Su 07:00-17:00')).toMatchObject({
      schedule: { rules: [{ months: [1, 2, 11, 12], weekdays: [0, 1, 2, 3, 4, 5, 6] }] },
    })
  })

  it.each([
    ['', 'the value is empty'],
    ['Mo-Fr 8:00-17:00', '"8:00" at column 7 is not a time: write two-digit hours, e.g. 08:00'],
    ['Mon-Fri 08:00-17:00', '"Mon" at column 1 is not a day: write days with two letters, Mo Tu We Th Fr Sa Su'],
    ['January Mo 08:00-17:00', '"January" at column 1 is not a month'],
    ['Mo-Su sunrise-sunset', 'times that follow the sun at column 7 cannot be evaluated by the app'],
    ['Mo-Fr 08:00-17:00; SH off', 'school holidays (SH) at column 20 cannot be evaluated by the app'],
    ['Mo-Fr 08:00-17:00 "by appointment"', 'the comment at column 19 is not supported'],
    ['Sa[1] 07:00-11:00', '"[" at column 3 (e.g. Sa[1], the first Saturday of the month) is not supported'],
    ['Mo-Fr 08:00-17:00 / 19:00', '"/" at column 19 is not part of the opening-hours syntax this app reads'],
    ['Mo-Fr 08:00-17:00;', '";" at column 18 is followed by no rule: remove it'],
    ['Mo-Fr 08:00', 'the time at column 7 needs an end: write a range, e.g. 08:00-17:00'],
    ['Mo-Fr 08:00–17:00', '"–" at column 12 should be a plain hyphen "-"'],
    ['Mo-Su 18:00+', 'the open end "+" at column 12 is not supported: give a closing time'],
    ['Mo-Fr 24:00-26:00', '"24:00" at column 7 is not a time of day: a time here is at most 23:59'],
    ['Mo-Fr 08:00-49:00', '"49:00" at column 13 is not a time of day: a time here is at most 48:00'],
    ['Mo-Fr 08:60-17:00', '"08:60" at column 7 is not a time of day'],
    ['PH Mo 10:00-12:00', '"Mo" at column 4 is out of place: a rule gives months, then days, then times, then off'],
    ['Sa 10:00-12:00 off', 'closed times ("off" at column 16) are not supported: give the open times'],
    ['Mo- 08:00-17:00', 'a day must follow "-" at column 3, e.g. Mo-Fr'],
    ['toString 08:00-10:00', '"toString" at column 1 is not a day, month, PH or off'],
    ['Mo-Fr 08:00-17:00 Off', '"Off" at column 19 should be written off'],
  ])('explains %j in plain English', (value, message) => {
    const result = parseOpeningHours(value)
    expect(result).toHaveProperty('error')
    expect('error' in result && result.error).toContain(message)
  })
})

describe('openingStatus', () => {
  const weekdays = 'Mo-Fr 08:00-17:00; Sa 08:00-12:00; Su off'

  it('evaluates in Hải Phòng time whatever zone the phone is in', () => {
    // 09:30 on the phone in Seoul (UTC+9) is 07:30 in Hải Phòng: not open yet.
    const seoulMorning = new Date('2026-03-02T09:30:00+09:00')
    const previous = process.env.TZ
    process.env.TZ = 'Asia/Seoul'
    try {
      expect(new Date(seoulMorning).getHours()).toBe(9)
      expect(openingStatus(weekdays, seoulMorning, HAI_PHONG)).toEqual({
        state: 'closed',
        opensAt: at('2026-03-02', '08:00'),
      })
    } finally {
      // Assigning undefined would store the string "undefined".
      if (previous === undefined) delete process.env.TZ
      else process.env.TZ = previous
    }
    // 18:30 in Seoul is 16:30 in Hải Phòng: still open.
    expect(openingStatus(weekdays, new Date('2026-03-02T18:30:00+09:00'), HAI_PHONG)).toEqual({
      state: 'open',
      closesAt: at('2026-03-02', '17:00'),
    })
  })

  it('gives weekday hours, a short Saturday and a closed Sunday', () => {
    expect(status(weekdays, '2026-03-04T10:00')).toEqual({ state: 'open', closesAt: at('2026-03-04', '17:00') })
    expect(status(weekdays, '2026-03-04T17:00')).toEqual({ state: 'closed', opensAt: at('2026-03-05', '08:00') })
    expect(status(weekdays, '2026-03-07T11:59')).toEqual({ state: 'open', closesAt: at('2026-03-07', '12:00') })
    expect(status(weekdays, '2026-03-07T12:30')).toEqual({ state: 'closed', opensAt: at('2026-03-09', '08:00') })
    expect(status(weekdays, '2026-03-08T10:00')).toEqual({ state: 'closed', opensAt: at('2026-03-09', '08:00') })
  })

  it('stays open past midnight from Sunday into Monday', () => {
    const nightMarket = 'Fr-Su 18:00-02:00'
    expect(status(nightMarket, '2026-03-08T23:30')).toEqual({ state: 'open', closesAt: at('2026-03-09', '02:00') })
    expect(status(nightMarket, '2026-03-09T01:30')).toEqual({ state: 'open', closesAt: at('2026-03-09', '02:00') })
    expect(status(nightMarket, '2026-03-09T02:00')).toEqual({ state: 'closed', opensAt: at('2026-03-13', '18:00') })
    // Extended hours say the same thing.
    expect(status('Fr-Su 18:00-26:00', '2026-03-09T01:30')).toEqual(status(nightMarket, '2026-03-09T01:30'))
  })

  it('lets a later rule that names the next day close the night early, as the OSM reference does', () => {
    expect(status('Fr-Su 18:00-02:00; Mo off', '2026-03-09T01:30')).toEqual({
      state: 'closed',
      opensAt: at('2026-03-13', '18:00'),
    })
    expect(status('Fr-Su 18:00-02:00; Mo off', '2026-03-08T23:30')).toEqual({
      state: 'open',
      closesAt: at('2026-03-09', '00:00'),
    })
  })

  describe('a museum: Tu-Su 08:00-11:30,13:30-17:00; PH off', () => {
    const museum = 'Tu-Su 08:00-11:30,13:30-17:00; PH off'

    it('on an ordinary Tuesday: open in the morning, closed at lunch, closed on Monday', () => {
      expect(status(museum, '2026-03-03T10:00')).toEqual({ state: 'open', closesAt: at('2026-03-03', '11:30') })
      expect(status(museum, '2026-03-03T12:00')).toEqual({ state: 'closed', opensAt: at('2026-03-03', '13:30') })
      expect(status(museum, '2026-03-02T10:00')).toEqual({ state: 'closed', opensAt: at('2026-03-03', '08:00') })
    })

    it('on Tết (Tuesday 17 February 2026): closed until the holidays end', () => {
      // Tết eve 16 Feb and days 1–3 (17–19 Feb) are holidays; Friday 20 Feb is not.
      expect(status(museum, '2026-02-17T10:00')).toEqual({ state: 'closed', opensAt: at('2026-02-20', '08:00') })
    })
  })

  it('gives special hours on public holidays', () => {
    const value = 'Mo-Su 08:00-17:00; PH 09:00-12:00'
    expect(status(value, '2026-04-30T08:30')).toEqual({ state: 'closed', opensAt: at('2026-04-30', '09:00') })
    expect(status(value, '2026-04-29T08:30')).toEqual({ state: 'open', closesAt: at('2026-04-29', '17:00') })
  })

  it('is open with no end for 24/7 and for whole days every day', () => {
    expect(status('24/7', '2026-03-04T03:00')).toEqual({ state: 'open' })
    expect(status('Mo-Su 00:00-24:00', '2026-03-04T03:00')).toEqual({ state: 'open' })
    expect(status('24/7; PH off', '2026-04-29T12:00')).toEqual({ state: 'open', closesAt: at('2026-04-30', '00:00') })
  })

  it('closes at midnight for 24:00 and after several whole days', () => {
    expect(status('Mo-Su 18:00-24:00', '2026-03-04T20:00')).toEqual({
      state: 'open',
      closesAt: at('2026-03-05', '00:00'),
    })
    expect(status('Mo-Fr', '2026-03-04T12:00')).toEqual({ state: 'open', closesAt: at('2026-03-07', '00:00') })
  })

  it('follows month ranges', () => {
    const seasons = 'Apr-Oct 06:00-18:00; Nov-Mar 07:00-17:00'
    expect(status(seasons, '2026-03-31T06:30')).toEqual({ state: 'closed', opensAt: at('2026-03-31', '07:00') })
    expect(status(seasons, '2026-04-01T06:30')).toEqual({ state: 'open', closesAt: at('2026-04-01', '18:00') })
  })

  it('looks 8 days ahead at most', () => {
    expect(status('Mo 08:00-09:00', '2026-03-03T10:00')).toEqual({
      state: 'closed',
      opensAt: at('2026-03-09', '08:00'),
    })
    expect(status('Jan 08:00-09:00', '2026-03-03T10:00')).toEqual({ state: 'closed' })
    expect(status('off', '2026-03-03T10:00')).toEqual({ state: 'closed' })
  })

  it('is unknown, never closed, without hours or with hours it cannot read', () => {
    expect(status(undefined, '2026-03-03T10:00')).toEqual({ state: 'unknown' })
    expect(status('Mo-Su sunrise-sunset', '2026-03-03T10:00')).toEqual({ state: 'unknown' })
    expect(status('Mo-Fr 8-17', '2026-03-03T10:00')).toEqual({ state: 'unknown' })
  })
})

describe('wallClockIn', () => {
  it('reads midnight as 00:00, not 24:00', () => {
    expect(wallClockIn('Asia/Ho_Chi_Minh', hp('2026-03-04T00:00'))).toEqual({
      date: fromIso('2026-03-04'),
      minutes: 0,
    })
  })
})

/**
 * The same answers as the OSM reference implementation (the `opening_hours`
 * package), every half hour over eleven days. The reference evaluates in the
 * machine's zone and with its own Vietnamese holiday list (which has 8 March
 * and 25 December but no Tết), so both are handed to ours here.
 */
describe('agreement with the opening_hours package', () => {
  const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const referenceHolidays = ['01-01', '03-08', '03-26', '04-30', '05-01', '06-01', '09-02', '11-20', '12-25']
  const options = {
    timeZone: machineZone,
    isPublicHoliday: (date: LocalDate) => referenceHolidays.includes(toIso(date).slice(5)),
  }
  const nominatim = { lat: 20.86, lon: 106.68, address: { country_code: 'vn', state: '' } }
  const conf = { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' } as const
  const local = (date: LocalDate, time: string) => {
    const [hours, minutes] = time.split(':').map(Number)
    return new Date(date.year, date.month - 1, date.day, hours, minutes)
  }

  afterEach(() => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(machineZone)
  })

  it.each([
    '24/7',
    'Mo-Fr 08:00-17:00; Sa 08:00-12:00; Su off',
    'Tu-Su 08:00-11:30,13:30-17:00; PH off',
    'Mo-Su 07:00-17:00; PH off',
    'Fr-Mo 10:00-12:00',
    'Fr-Su 18:00-02:00',
    'Fr-Su 18:00-02:00; Mo off',
    'Mo-Su 18:00-02:00; Sa 10:00-12:00',
    'Mo-Su 08:00-18:00; Fr 20:00-02:00',
    'Mo-Fr 08:00-12:00, We 14:00-18:00',
    'Mo-Su 08:00-18:00, We off',
    'Sa 20:00-02:00, Sa off',
    'Sa 10:00-11:00,11:00-12:00',
    'Sa 10:00-12:00,11:00-13:00',
    'Sa 10:00-10:00',
    'Sa 23:00-47:00',
    'Mo-Su 18:00-24:00',
    'Sa,Su',
    'Su,PH 10:00-12:00',
    'PH off; Mo-Fr 08:00-17:00',
    'Mo-Su 08:00-17:00; PH 09:00-12:00',
    'Apr-Oct 06:00-18:00; Nov-Mar 07:00-17:00',
    'Dec-Feb Mo-Su 08:00-10:00',
    'off',
  ])('%s', (value) => {
    const reference = new OpeningHours(value, nominatim, conf)
    // Every half hour of eleven days, across a month end and the reference's 8 March holiday (a Sunday).
    for (let day = fromIso('2026-02-26'); !isSameDate(day, fromIso('2026-03-09')); day = addDays(day, 1)) {
      for (let minute = 0; minute < 1440; minute += 30) {
        const now = new Date(day.year, day.month - 1, day.day, 0, minute)
        const ours = openingStatus(value, now, options)
        const context = `${value} at ${now.toString()}`
        expect(ours.state, context).toBe(reference.getState(now) ? 'open' : 'closed')
        const change = ours.state === 'open' ? ours.closesAt : ours.state === 'closed' ? ours.opensAt : undefined
        const referenceChange = reference.getNextChange(now, new Date(now.getTime() + 8 * 86_400_000))
        if (change) expect(local(change.date, change.time), context).toEqual(referenceChange)
        else expect(referenceChange, context).toBeUndefined()
      }
    }
  })
})

/**
 * The events page on a fixed day (18 September 2026 in Hải Phòng, the eve of
 * the Đồ Sơn buffalo-fighting festival, lunar 9/8): each festival listed in
 * the right section, as the domain functions compute them from the bundled
 * content; the month calendar and its URL; "Show past events" surviving a
 * reload; the venue's "Show on the map" link; no axe violations on a phone in
 * the dark theme.
 */
import { AxeBuilder } from '@axe-core/playwright'
import ICAL from 'ical.js'
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { compileContent } from '../../src/content/build/compile.ts'
import type { ContentEvent } from '../../src/content/model.ts'
import { groupEvents, occurrencesByDay, type EventGroups } from '../../src/domain/event-groups.ts'
import { nextOccurrence } from '../../src/domain/event-occurrences.ts'
import { addDays, todayIn, toIso } from '../../src/domain/local-date.ts'
import { solarToLunar } from '../../src/domain/lunar-calendar.ts'
import { launchChromium } from './support/chromium'
import { entityName } from './support/content'
import { message } from './support/messages'
import { BROWSER_TEST, openPage, visit, type OpenPage } from './support/page'

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url))
const NOW = new Date('2026-09-18T03:00:00Z')
const BUFFALO_FIGHTING = 'le-hoi-choi-trau-do-son'
const UPCOMING = ['now', 'weekend', 'month', 'later'] as const
const PHONE = { width: 390, height: 844 }
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

let browser: Browser
let events: ContentEvent[]
let today: ReturnType<typeof todayIn>
let expected: EventGroups<ContentEvent>

before(async () => {
  browser = await launchChromium()
  const compiled = await compileContent(CONTENT)
  if (!compiled.output || compiled.errorCount > 0) {
    throw new Error('content/ does not build: run `npm run content:check` to see why, then run the tests again.')
  }
  events = compiled.output.manifest.events
  today = todayIn(compiled.output.manifest.site.timeZone, NOW)
  expected = groupEvents(events, today, { horizonMonths: 12, pastMonths: 12 })
})
after(async () => {
  await browser?.close()
})

/** A phone-sized page whose clock stands still at NOW (set before the app first reads it). */
async function openEvents(path: string): Promise<OpenPage> {
  const opened = await openPage(browser, { viewport: PHONE })
  await opened.page.clock.setFixedTime(NOW)
  await visit(opened.page, path)
  await opened.page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
  return opened
}

/** The event ids listed in a section (data-testid="events-<group>"), in page order; [] when it is not shown. */
function listedIn(page: Page, group: string): Promise<string[]> {
  return page
    .locator(`[data-testid="events-${group}"] > ul > li[data-event-id]`)
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId ?? ''))
}

const idsOf = (group: keyof EventGroups<ContentEvent>) =>
  (expected[group] as Array<{ event: ContentEvent }>).map((item) => item.event.id)

describe('events page', () => {
  for (const locale of ['vi', 'en']) {
    test(`${locale}: lists each festival in the section its dates put it`, BROWSER_TEST, async () => {
      const { page, assertNoProblems, close } = await openEvents(`/${locale}/events`)
      try {
        // The buffalo fight (lunar 9/8) is on Saturday 19 September 2026: this weekend.
        const buffalo = UPCOMING.find((group) => idsOf(group).includes(BUFFALO_FIGHTING))
        assert.equal(buffalo, 'weekend', 'the domain no longer puts the buffalo fight under this weekend')
        for (const group of UPCOMING) {
          const section = page.locator(`[data-testid="events-${group}"]`)
          assert.deepEqual(await listedIn(page, group), idsOf(group), `${locale}: section "${group}"`)
          if (idsOf(group).length === 0) continue
          const heading = (await section.locator('h2').innerText()).trim()
          assert.ok(
            heading.startsWith(message(locale, `events.${group}`)),
            `${locale}: heading of "${group}": ${heading}`,
          )
        }
        const card = page.locator(`[data-testid="events-weekend"] [data-event-id="${BUFFALO_FIGHTING}"]`)
        assert.equal(
          (await card.getByRole('link', { name: entityName('events', BUFFALO_FIGHTING, locale) }).count()) > 0,
          true,
          `${locale}: the buffalo fight's card has its name`,
        )
        assert.equal(await card.locator('time').getAttribute('datetime'), '2026-09-19')
        if (locale === 'vi') assert.match(await card.innerText(), /ngày 9\/8 âm lịch/)
        assert.equal(await page.locator('[data-testid="events-past"]').count(), 0, 'past events are shown by default')
        await assertNoProblems(`${locale} events page`)
      } finally {
        await close()
      }
    })
  }

  test(
    'the calendar shows the month of today, its festival days and lunar days, and keeps the month in the URL',
    BROWSER_TEST,
    async () => {
      const { page, assertNoProblems, close } = await openEvents('/vi/events')
      try {
        const calendar = page.getByTestId('events-calendar')
        const table = calendar.locator('table')
        assert.equal(await table.getAttribute('data-month'), '2026-09')
        assert.equal(await table.locator('[aria-current="date"]').getAttribute('data-date'), toIso(today))

        const marked = await table
          .locator('button[data-date]')
          .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.date ?? ''))
        assert.deepEqual(marked, [...occurrencesByDay(events, 2026, 9).keys()].sort())

        // Lunar days, as a Vietnamese wall calendar prints them.
        const buffaloDay = table.locator('[data-date="2026-09-19"]')
        assert.match(await buffaloDay.innerText(), /^19\s+9\/8$/)
        const newMoon = Array.from({ length: 30 }, (_, i) => addDays({ year: 2026, month: 9, day: 1 }, i)).find(
          (day) => solarToLunar(day).day === 1,
        )!
        assert.match(await table.locator(`[data-date="${toIso(newMoon)}"]`).innerText(), /\b1\/\d+$/)

        // Choosing a day lists that day's events only.
        await buffaloDay.click()
        assert.equal(await buffaloDay.getAttribute('aria-pressed'), 'true')
        const listed = await calendar
          .locator('li[data-event-id]')
          .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId))
        assert.deepEqual(listed, occurrencesByDay(events, 2026, 9).get('2026-09-19'))

        await calendar.getByRole('button', { name: message('vi', 'events.calendar.next'), exact: true }).click()
        await page.waitForURL(/[?&]month=2026-10\b/)
        assert.equal(await table.getAttribute('data-month'), '2026-10')
        await page.reload({ waitUntil: 'load' })
        await page.locator('table[data-month="2026-10"]').waitFor({ timeout: 10_000 })

        await visit(page, '/vi/events?month=2026-13')
        await page.locator('table[data-month="2026-09"]').waitFor({ timeout: 10_000 })
        await assertNoProblems('calendar')
      } finally {
        await close()
      }
    },
  )

  test('"Show past events" is off by default and survives a reload', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openEvents('/en/events')
    try {
      const toggle = page.getByRole('button', { name: message('en', 'events.showPast'), exact: true })
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false')
      await toggle.click()
      await page.waitForURL(/[?&]past=1\b/)
      await page.reload({ waitUntil: 'load' })
      await page.getByTestId('events-past').waitFor({ timeout: 10_000 })
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true')
      assert.deepEqual(await listedIn(page, 'past'), idsOf('past'))
      assert.ok(
        expected.past.every(({ occurrence }) => toIso(occurrence.end) < toIso(today)),
        'a past event has not ended',
      )

      await toggle.click()
      await page.waitForURL((url) => !url.searchParams.has('past'))
      assert.equal(await page.getByTestId('events-past').count(), 0)
      await assertNoProblems('past events')
    } finally {
      await close()
    }
  })

  test('an event at a place links to that place on the map', BROWSER_TEST, async () => {
    const event = events.find((e) => e.venue)
    assert.ok(event, 'no event in content/ has a venue place')
    const { page, close } = await openEvents(`/vi/events/${event.id}`)
    try {
      await page
        .getByRole('link', { name: message('vi', 'map.showOnMap') })
        .first()
        .click()
      await page.waitForURL((url) => url.pathname === '/vi/map' && url.searchParams.get('place') === event.venue)
    } finally {
      await close()
    }
  })

  test(
    'no WCAG A/AA violations on a phone in the dark theme, with past events and a chosen day',
    BROWSER_TEST,
    async () => {
      const { page, close } = await openEvents('/vi/events?past=1')
      try {
        await page.emulateMedia({ colorScheme: 'dark' })
        await page.getByTestId('events-past').waitFor({ timeout: 10_000 })
        await page.locator('table button[data-date]').first().click()
        await page.waitForLoadState('networkidle')
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
        const lines = violations.map((v) => {
          const targets = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          return `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${targets.join(' | ')})`
        })
        assert.deepEqual(lines, [], `events page: accessibility rules violated:\n  ${lines.join('\n  ')}`)
      } finally {
        await close()
      }
    },
  )
  test('"Add to calendar" downloads iCalendar files that ical.js reads', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openEvents(`/en/events/${BUFFALO_FIGHTING}`)
    try {
      const event = events.find((e) => e.id === BUFFALO_FIGHTING)!
      const next = nextOccurrence(event, today)!
      const one = await downloadCalendar(page, 'add-to-calendar-occurrence')
      assert.equal(one.length, 1, 'one date, one event')
      assert.equal(one[0]!.summary, entityName('events', BUFFALO_FIGHTING, 'en'))
      assert.equal(one[0]!.startDate.toString().slice(0, 10), toIso(next.start), 'the next date, in local time')

      // A lunar rule: RRULE cannot say it, so every year's date is spelled out.
      const series = await downloadCalendar(page, 'add-to-calendar-series')
      assert.ok(series.length >= 5, `only ${series.length} dates in the series`)
      assert.equal(series[0]!.startDate.toString().slice(0, 10), toIso(next.start))
      const starts = series.map((e) => e.startDate.toString().slice(0, 10))
      assert.equal(new Set(starts).size, starts.length, 'a date is repeated')
      for (const start of starts) {
        const lunar = solarToLunar({
          year: Number(start.slice(0, 4)),
          month: Number(start.slice(5, 7)),
          day: Number(start.slice(8, 10)),
        })
        assert.deepEqual([lunar.month, lunar.day], [8, 9], `${start} is not the 9th day of the 8th lunar month`)
      }
      await assertNoProblems('add to calendar')
    } finally {
      await close()
    }
  })
})

/** Clicks a download button and reads the file's events with ical.js. */
async function downloadCalendar(page: Page, testId: string): Promise<ICAL.Event[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  assert.match(file.suggestedFilename(), /\.ics$/)
  const chunks: Buffer[] = []
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer)
  const calendar = new ICAL.Component(ICAL.parse(Buffer.concat(chunks).toString('utf8')))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

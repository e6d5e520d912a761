/**
 * The two astronomical events a lunisolar calendar is built from: new moons
 * and the Sun's apparent longitude (whose multiples of 30° are the principal
 * solar terms, zhongqi / trung khí). Times are Julian Days.
 *
 * Sources (formulas implemented from the book, not from any calendar code):
 * - Jean Meeus, Astronomical Algorithms, 2nd ed. (Willmann-Bell, 1998),
 *   ch. 49 "Phases of the Moon": mean new moon, the periodic terms of the true
 *   new moon and the 14 planetary-argument terms. Accuracy: seconds to a
 *   minute for 1900–2100, far finer than the day boundaries we need.
 * - Same book, ch. 25 "Solar Coordinates", the low-accuracy method (about
 *   0.01°, i.e. roughly 15 minutes of solar-term time).
 * - ΔT (TT − UT): the polynomial fits of F. Espenak and J. Meeus, "Five
 *   Millennium Canon of Solar Eclipses" (NASA/TP-2006-214141), section 2.6.
 *   Meeus's formulas give Terrestrial Time; civil days are counted in UT.
 */

const DEG = Math.PI / 180
const sinDeg = (degrees: number) => Math.sin(degrees * DEG)

/** Julian Day of 2000-01-01 12:00 TT, the J2000.0 epoch. */
const J2000 = 2451545
/** Julian Day of 1970-01-01 00:00 UT, day 0 of `toEpochDay`. */
export const JD_UNIX_EPOCH = 2440587.5
/** Mean length of a lunation in days (Meeus eq. 49.1). */
export const SYNODIC_MONTH = 29.530588861
/** Meeus's lunation number k = 0 is the new moon of 2000-01-06. */
const FIRST_NEW_MOON_JDE = 2451550.09766

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials, 1860–2150). */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
  }
  if (year < 1920) {
    const t = year - 1900
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4
  }
  if (year < 1941) {
    const t = year - 1920
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3
  }
  if (year < 1961) {
    const t = year - 1950
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547
  }
  if (year < 1986) {
    const t = year - 1975
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718
  }
  if (year < 2005) {
    const t = year - 2000
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
  }
  if (year < 2050) {
    const t = year - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)
}

function decimalYear(jd: number): number {
  return 2000 + (jd - J2000) / 365.25
}

/** Converts a Terrestrial Time Julian Day (JDE) to Universal Time. */
function ttToUt(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86400
}

/** Converts a Universal Time Julian Day to Terrestrial Time. */
function utToTt(jd: number): number {
  return jd + deltaTSeconds(decimalYear(jd)) / 86400
}

/** Lunation number of the mean new moon nearest to a Julian Day (k of Meeus ch. 49). */
export function lunationNear(jd: number): number {
  return Math.round((jd - FIRST_NEW_MOON_JDE) / SYNODIC_MONTH)
}

/** Periodic terms of the true new moon: [coefficient, power of E, M, M′, F, Ω multipliers] (Meeus p. 351). */
const NEW_MOON_TERMS: readonly (readonly [number, 0 | 1 | 2, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
]

/** Planetary arguments A1…A14: [constant, rate per lunation, coefficient in days] (Meeus p. 351–352). */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325], // A1 also has a T² term, added below
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
]

/** Julian Day (UT) of the true new moon of lunation `k` (an integer; k = 0 is 2000-01-06). */
export function newMoonJd(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const t4 = t3 * t
  const jdeMean = FIRST_NEW_MOON_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4
  // E corrects the terms with M for the decreasing eccentricity of Earth's orbit.
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  const ePowers = [1, e, e * e] as const
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4
  const moonLatitude = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3

  let correction = 0
  for (const [coefficient, ePower, m, mPrime, f, omega] of NEW_MOON_TERMS) {
    const argument = m * sunAnomaly + mPrime * moonAnomaly + f * moonLatitude + omega * node
    correction += coefficient * ePowers[ePower]! * sinDeg(argument)
  }
  for (let i = 0; i < PLANETARY_TERMS.length; i++) {
    const [constant, rate, coefficient] = PLANETARY_TERMS[i]!
    const argument = constant + rate * k - (i === 0 ? 0.009173 * t2 : 0)
    correction += coefficient * sinDeg(argument)
  }
  return ttToUt(jdeMean + correction)
}

/** The Sun's apparent geocentric longitude in degrees [0, 360) at a Julian Day in UT (Meeus ch. 25). */
export function solarLongitude(jd: number): number {
  const t = (utToTt(jd) - J2000) / 36525
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly)
  // Nutation and aberration, the short form of Meeus p. 164.
  const node = 125.04 - 1934.136 * t
  const apparent = meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(node)
  return ((apparent % 360) + 360) % 360
}

/**
 * Julian Day (UT) at which the Sun's apparent longitude reaches `longitude`
 * degrees, searching from the estimate `jdGuess` (within a few weeks of it).
 * Newton steps on the Sun's mean motion converge in three or four rounds.
 */
export function solarLongitudeTime(longitude: number, jdGuess: number): number {
  let jd = jdGuess
  for (let step = 0; step < 8; step++) {
    const lag = ((((longitude - solarLongitude(jd)) % 360) + 540) % 360) - 180
    jd += (lag * 365.2422) / 360
    if (Math.abs(lag) < 1e-7) break
  }
  return jd
}

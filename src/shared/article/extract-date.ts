/**
 * Publication dates in the forms news text carries them: `2021-12`, `29.12.2021`,
 * `30 Dec 2021`, `29. Jänner 2022`, `July 15, 2018`, `Jul 15th 2018`. Only short,
 * date-bearing lines are read (stamps, credit lines, date lines): a date inside the story
 * ("am 10. Januar") is news, not the publication date.
 */

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[
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
  ].map((m, i) => [m, i + 1] as const),
  ...[
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ].map((m, i) => [m, i + 1] as const),
  ['jänner', 1],
  ['feber', 2],
  ['maerz', 3],
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map(
    (m, i) => [m, i + 1] as const,
  ),
  ['sept', 9],
  ['jän', 1],
  ['mär', 3],
  ['mrz', 3],
  ['okt', 10],
  ['dez', 12],
]);

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
// \b is ASCII-only in JS; these lookarounds also respect umlauts ("März", "Jänner").
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

const ISO = /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/;
const NUMERIC_DMY = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})\\.?\\s+(${MONTH_NAMES})${NOT_LETTER_AFTER}\\.?,?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(${MONTH_NAMES})${NOT_LETTER_AFTER}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
const MONTH_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(${MONTH_NAMES})${NOT_LETTER_AFTER}\\.?\\s+(\\d{4})(?!\\d)`, 'iu');

const FOUR_DIGITS = /\d{4}/;
/**
 * Where a month name may stand: the first three letters of one, matched as the month patterns
 * match (Unicode case folding), without their lookbehind, which is costly at every position.
 */
const MONTH_START = new RegExp([...new Set([...MONTHS.keys()].map((m) => m.slice(0, 3)))].join('|'), 'iu');

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function iso(year: number, month: number, day?: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first date in a short text as ISO (`2021-12-29`, or `2021-12` when no day is given), with where it sits. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  if (text.length > 400) text = text.slice(0, 400);
  // Every form has a four-digit year: most lines have none, and the month patterns are costly.
  if (!FOUR_DIGITS.test(text)) return null;
  const hits: { iso: string | null; index: number; length: number }[] = [];
  // Each form needs a "-", a "." or a month name: cheap searches spare the patterns most lines fail.
  let m = text.includes('-') ? ISO.exec(text) : null;
  if (m) hits.push({ iso: iso(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined), index: m.index, length: m[0].length });
  m = text.includes('.') ? NUMERIC_DMY.exec(text) : null;
  if (m) hits.push({ iso: iso(+m[3]!, +m[2]!, +m[1]!), index: m.index, length: m[0].length });
  const month = MONTH_START.test(text);
  m = month ? DAY_MONTH_YEAR.exec(text) : null;
  if (m) hits.push({ iso: iso(+m[3]!, MONTHS.get(m[2]!.toLowerCase())!, +m[1]!), index: m.index, length: m[0].length });
  m = month ? MONTH_DAY_YEAR.exec(text) : null;
  if (m) hits.push({ iso: iso(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!), index: m.index, length: m[0].length });
  if (hits.length === 0 && month) {
    m = MONTH_YEAR.exec(text);
    if (m) hits.push({ iso: iso(+m[2]!, MONTHS.get(m[1]!.toLowerCase())!), index: m.index, length: m[0].length });
  }
  let best: { iso: string; index: number; length: number } | null = null;
  for (const h of hits) {
    if (h.iso !== null && (best === null || h.index < best.index))
      best = { iso: h.iso, index: h.index, length: h.length };
  }
  return best;
}

export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

const WEEKDAYS =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?![\p{L}])\.?/giu;
const TIMES = /\d{1,2}[:.]\d{2}(?:\s?(?:a\.?m\.?|p\.?m\.?|uhr|h|cet|cest|mez|gmt|utc|et|edt|est))?/giu;
const FILLER =
  /(?<![\p{L}])(?:at|um|on|am|updated|posted|published|ausgegeben|veröffentlicht|aktualisiert|stand)(?![\p{L}])/giu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A line that is nothing but a date, maybe with weekday and time: "30 Dec 2021", "Sunday, July 15, 2018 at 7:08 AM". */
export function isDateOnly(line: string): boolean {
  if (line.length > 60) return false;
  const hit = findDate(line);
  if (!hit) return false;
  const rest = (line.slice(0, hit.index) + ' ' + line.slice(hit.index + hit.length))
    .replace(WEEKDAYS, '')
    .replace(TIMES, '')
    .replace(FILLER, '');
  return !LETTER_OR_DIGIT.test(rest);
}

/**
 * Picks the publication date from candidates in priority order: the first one found, made
 * more precise by a later one that agrees with it (`2021-12` + `2021-12-29` → `2021-12-29`).
 */
export function pickDate(candidates: readonly string[]): string | null {
  let result: string | null = null;
  for (const c of candidates) {
    if (result === null) result = c;
    else if (c.length > result.length && c.startsWith(result)) result = c;
  }
  return result;
}

/** Partial dates ("1990", "1990-05", "1990-05-31"): parsing, validation, display and ordering. */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Parses an ISO-style partial date, or returns null when it is malformed or impossible. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day };
}

/** True when the text is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

function mustParse(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  return date;
}

/** Human form, as precise as the date is: "1990", "May 1990", "31 May 1990". */
export function formatPartialDate(text: string): string {
  const { year, month, day } = mustParse(text);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1];
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** Orders partial dates; a less precise date sorts before more precise ones in the same period. */
export function comparePartialDates(a: string, b: string): number {
  const x = mustParse(a);
  const y = mustParse(b);
  return x.year - y.year || (x.month ?? 0) - (y.month ?? 0) || (x.day ?? 0) - (y.day ?? 0);
}

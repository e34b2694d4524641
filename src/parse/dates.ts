// Daily listings show "Mon D" for the capture year and "Mon D, YYYY" for past
// years, optionally followed by an upvote count.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A month as listings write it: 7 → "Jul". */
export const monthName = (month: number): string => {
  const name = MONTHS[month - 1] ?? "?";
  return name.charAt(0).toUpperCase() + name.slice(1);
};

export interface DateLine {
  month: number;
  day: number;
  year: number | null;
  upvotes: number | null;
  text: string;
}

const DATE_LINE =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/i;

export function parseDateLine(raw: string): DateLine | null {
  const text = raw.trim();
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? "").slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  const year = m[3] ? Number(m[3]) : null;
  if (year !== null && !validDay(year, month, day)) return null;
  return { month, day, year, upvotes: m[4] ? Number(m[4]) : null, text };
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!validDay(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Text of the date without the upvote count, as shown in the listing. */
export function dateTextOf(d: DateLine): string {
  return d.upvotes === null ? d.text : d.text.replace(/\s+\d+$/, "");
}

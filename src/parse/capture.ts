// The year of dates a listing shows without one. A Daily listing shows the
// year only for dates before the year it was captured in ("Jul 2" this year,
// "Oct 17, 2025" before), so those dates belong to its capture year, and none
// of them can be later than its capture. The year is taken from, in turn:
// the source's setting; the listing's own dates (the year after the latest it
// shows); the other listings (the year of the latest capture among them, or
// the year before when a date would fall after that capture). Every listing
// whose year is inferred says how in the report.
import type { Entry } from "../types.ts";
import { note } from "../report/messages.ts";
import { monthName } from "./dates.ts";
import type { MonthDay } from "./entry.ts";
import type { ListingResult, SourceSettings } from "./listing.ts";

const shown = (d: MonthDay) => `${monthName(d.month)} ${d.day}`;
const order = (d: MonthDay) => d.month * 100 + d.day;
const later = (a: MonthDay | null, b: MonthDay | null) => (a === null ? b : b === null || order(a) >= order(b) ? a : b);

/** A date shown without a year, as kept until its year is settled ("????-07-02"). */
const yearless = (e: Entry) => e.date?.startsWith("????") ?? false;

function monthDayOf(e: Entry): MonthDay | null {
  const m = /^\?{4}-(\d{2})-(\d{2})$/.exec(e.date ?? "");
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/** The latest day the listing shows without a year, or its page's date: it was captured on or after it. */
function latestDay(r: ListingResult): MonthDay | null {
  return r.entries.filter(yearless).map(monthDayOf).reduce(later, r.pageDate);
}

interface Capture {
  year: number;
  /** The latest day known to be captured by then, when known. */
  by: MonthDay | null;
  file: string;
}

export function settleCaptureYears(results: ListingResult[], settings: Record<string, SourceSettings>): void {
  const why = new Map<ListingResult, string>();
  for (const r of results) {
    const setting = settings[r.file]?.year;
    if (setting !== undefined) r.captureYear = setting;
    else if (r.years.length > 0) {
      const latest = Math.max(...r.years);
      r.captureYear = latest + 1;
      r.captureYearInferred = true;
      why.set(r, `the latest year this listing shows is ${latest}; it shows no year only for later dates`);
    }
  }
  const captures: Capture[] = results
    .filter((r) => r.captureYear !== null)
    .map((r) => ({ year: r.captureYear ?? 0, by: latestDay(r), file: r.file }));
  const latest = captures.reduce<Capture | null>(
    (a, b) => (a === null || b.year > a.year || (b.year === a.year && later(a.by, b.by) === b.by) ? b : a),
    null,
  );
  for (const r of results) {
    if (r.captureYear !== null || !r.entries.some(yearless) || latest === null) continue;
    const mine = latestDay(r);
    // The other listings were captured by `latest.by` of `latest.year`: a day
    // after that cannot be this year's, so the listing is from the year before.
    const before = latest.by !== null && mine !== null && order(mine) > order(latest.by);
    r.captureYear = before ? latest.year - 1 : latest.year;
    r.captureYearInferred = true;
    const capturedBy = latest.by ? `by ${shown(latest.by)} ${latest.year}` : `in ${latest.year}`;
    why.set(
      r,
      before && mine
        ? `this listing shows no year; the others were captured ${capturedBy} (${latest.file}), ` +
            `so ${shown(mine)} is of ${r.captureYear}`
        : `this listing shows no year; the others were captured ${capturedBy} (${latest.file})`,
    );
  }
  for (const r of results) {
    const reason = why.get(r);
    if (reason && r.entries.some(yearless)) {
      note(r.vfile, "repaired", 1, `dates shown without a year are taken to be of ${r.captureYear}: ${reason}`);
    }
    for (const entry of r.entries) {
      if (!yearless(entry) || entry.date === null) continue;
      if (r.captureYear === null) {
        entry.date = null;
        entry.repairs.push(
          `date "${entry.dateText}" has no year and the capture year is unknown: set "year" for this source`,
        );
        continue;
      }
      entry.date = `${r.captureYear}${entry.date.slice(4)}`;
      entry.dateInferred = r.captureYearInferred;
    }
  }
}

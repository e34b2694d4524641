// Reads one listing file: decode, normalise, detect the layout from its
// structure (never its name), parse, and settle the year of dates shown without one.
import { VFile } from "vfile";
import { note } from "../report/messages.ts";
import type { Entry, Layout } from "../types.ts";
import type { MonthDay } from "./entry.ts";
import { aggregatorScore, parseAggregator } from "./aggregator.ts";
import { splitBlocks } from "./blocks.ts";
import { dailyScore, parseDaily } from "./daily.ts";
import { decodeListing, normalizeText } from "./normalize.ts";

export interface SourceSettings {
  /** The year the listing was captured: dates shown without a year belong to it. */
  year?: number;
  layout?: Layout;
}

export interface ListingResult {
  file: string;
  /** The listing as a file: what was ignored, skipped, repaired or kept is noted on it as messages. */
  vfile: VFile;
  layout: Layout | null;
  entries: Entry[];
  /** The capture year used for dates without one, and whether it was inferred. */
  captureYear: number | null;
  captureYearInferred: boolean;
  /** Explicit years on date lines. */
  years: number[];
  /** The page's own date, without a year ("Jul 2" above the entries), if it shows one. */
  pageDate: MonthDay | null;
}

export function parseListing(file: string, bytes: Uint8Array, settings: SourceSettings = {}): ListingResult {
  const vfile = new VFile({ path: file });
  const result: ListingResult = {
    file,
    vfile,
    layout: null,
    entries: [],
    captureYear: null,
    captureYearInferred: false,
    years: [],
    pageDate: null,
  };
  let raw: string;
  try {
    raw = decodeListing(bytes);
  } catch (error) {
    note(vfile, "error", 1, `${(error as Error).message}; file skipped`);
    return result;
  }
  const { text, notes } = normalizeText(raw);
  for (const { message, line } of notes) note(vfile, "repaired", line, message);
  const blocks = splitBlocks(text);
  if (blocks.length === 0) {
    note(vfile, "error", 1, "empty listing: no entries");
    return result;
  }
  const layout = settings.layout ?? detectLayout(blocks);
  if (!layout) {
    const why = "unknown layout: neither Daily Papers author/date blocks nor aggregator author lines were found";
    note(vfile, "error", blocks[0]?.line ?? 1, `${why}; file skipped`);
    return result;
  }
  result.layout = layout;
  const parsed = layout === "daily" ? parseDaily(blocks, vfile) : parseAggregator(blocks, vfile);
  result.entries = parsed.entries;
  result.years = parsed.years;
  result.pageDate = parsed.pageDate ?? null;
  return result;
}

function detectLayout(blocks: ReturnType<typeof splitBlocks>): Layout | null {
  const daily = dailyScore(blocks);
  const aggregator = aggregatorScore(blocks);
  if (daily === 0 && aggregator === 0) return null;
  return daily >= aggregator ? "daily" : "aggregator";
}

export { settleCaptureYears } from "./capture.ts";

// Problems and the accounting of entries are VFile messages on the file they
// concern (a listing, a note): the report and the console output are built
// from the files' messages. The message's rule is the report's kind.
import { VFile } from "vfile";
import type { ReportItem, ReportKind } from "../types.ts";

declare module "vfile-message" {
  interface VFileMessage {
    /** For an entry: the id of the paper it became part of. */
    into?: string;
  }
}

// Errors and skipped text are failures, repairs warnings, the rest information.
const FATAL: Record<ReportKind, boolean | undefined> = {
  error: true,
  skipped: true,
  repaired: false,
  kept: undefined,
  merged: undefined,
  ignored: undefined,
};

/** Records one report item on its file: `kind` at `line`. */
export function note(file: VFile, kind: ReportKind, line: number, message: string, into?: string): void {
  const m = file.message(message, { place: { line, column: 1 }, ruleId: kind, source: "papergraph" });
  m.fatal = FATAL[kind];
  if (into !== undefined) m.into = into;
}

/** A file's messages as report items, in the order they were made. */
export function reportItems(file: VFile): ReportItem[] {
  return file.messages.map((m) => ({
    kind: m.ruleId as ReportKind,
    file: file.path,
    line: m.place && "line" in m.place ? m.place.line : 1,
    message: m.reason,
    ...(m.into === undefined ? {} : { into: m.into }),
  }));
}

/** Files with their messages again, from report items (as report.json keeps them). */
export function filesOf(items: ReportItem[]): VFile[] {
  const files = new Map<string, VFile>();
  for (const item of items) {
    let file = files.get(item.file);
    if (!file) files.set(item.file, (file = new VFile({ path: item.file })));
    note(file, item.kind, item.line, item.message, item.into);
  }
  return [...files.values()];
}

/** The files with at least one failure (an error or skipped text). */
export const failed = (files: VFile[]): VFile[] => files.filter((f) => f.messages.some((m) => m.fatal === true));

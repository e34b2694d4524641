// Scraped listings arrive with byte-level noise. We normalise it once, before any
// parsing, and say what was changed so the report can show it.

export interface Normalized {
  text: string;
  /** What was normalised, each with the line it first happened on (empty when nothing was). */
  notes: Array<{ message: string; line: number }>;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SOFT_HYPHEN = /\u00AD/g;
// Non-breaking and other exotic spaces become plain spaces so that layout lines
// such as "\u00a0• 3 authors" are recognised.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than tab and newline carry no meaning in a listing.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export class BinaryFileError extends Error {}

// As git decides: a file is binary when its first 8,000 bytes hold a NUL byte, or
// when control bytes are a large share of them. A stray NUL further on is noise in
// a text file, removed and reported with its line, and the file's entries are kept.
const SNIFF_BYTES = 8000;
const CONTROL_SHARE = 0.1;

function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;
}

/** Rejects files that are not text: a NUL byte near the start, many control bytes or invalid UTF-8. */
export function decodeListing(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0))
    throw new BinaryFileError("binary file (a NUL byte in its first 8,000 bytes), not a text listing");
  const controls = head.reduce((n, b) => n + (isControlByte(b) ? 1 : 0), 0);
  if (head.length > 0 && controls / head.length > CONTROL_SHARE) {
    throw new BinaryFileError(
      `binary file (${controls} control bytes in its first ${head.length}), not a text listing`,
    );
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad / Math.max(1, text.length) > 0.01) {
    throw new BinaryFileError(`not UTF-8 text (${bad} undecodable byte sequences)`);
  }
  return text;
}

/**
 * The 1-based line of each offset of `text`: its newlines are found once and
 * searched by halves, so a file of many entries is not read again per entry.
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function normalizeText(raw: string): Normalized {
  const notes: Normalized["notes"] = [];
  let text = raw;
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    notes.push({ message: "removed byte-order mark", line: 1 });
  }
  if (text.includes("\r")) {
    const line = lineIndex(text)(text.indexOf("\r"));
    text = text.replace(/\r\n?/g, "\n");
    notes.push({ message: "converted CRLF/CR line endings", line });
  }
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const replaced: Array<[RegExp, string, string]> = [
    [ZERO_WIDTH, "", "zero-width characters removed"],
    [SOFT_HYPHEN, "", "soft hyphens removed"],
    [ODD_SPACE, " ", "non-breaking spaces made plain"],
    [CONTROL, "", "control characters removed"],
  ];
  for (const [re, by, label] of replaced) {
    const n = count(re);
    if (n > 0) {
      re.lastIndex = 0;
      const line = lineIndex(text)(re.exec(text)?.index ?? 0);
      text = text.replace(re, by);
      notes.push({ message: `${label} (${n}${n > 1 ? `, the first on line ${line}` : ""})`, line });
    }
  }
  if (text.length > 0 && !text.endsWith("\n")) text += "\n";
  return { text, notes };
}

// Scraped listings arrive with byte-level noise. We normalise it once, before any
// parsing, and say what was changed so the report can show it.

export interface Normalized {
  text: string;
  /** Human-readable notes of what was normalised (empty when nothing was). */
  notes: string[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SOFT_HYPHEN = /\u00AD/g;
// Non-breaking and other exotic spaces become plain spaces so that layout lines
// such as "\u00a0• 3 authors" are recognised.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than tab and newline carry no meaning in a listing.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export class BinaryFileError extends Error {}

/** Rejects files that are not text: a NUL byte or many invalid UTF-8 sequences. */
export function decodeListing(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new BinaryFileError("binary file (contains NUL bytes), not a text listing");
  const text = new TextDecoder("utf-8").decode(bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad / Math.max(1, text.length) > 0.01) {
    throw new BinaryFileError(`not UTF-8 text (${bad} undecodable byte sequences)`);
  }
  return text;
}

export function normalizeText(raw: string): Normalized {
  const notes: string[] = [];
  let text = raw;
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    notes.push("removed byte-order mark");
  }
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, "\n");
    notes.push("converted CRLF/CR line endings");
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
      text = text.replace(re, by);
      notes.push(`${label} (${n})`);
    }
  }
  if (text.length > 0 && !text.endsWith("\n")) text += "\n";
  return { text, notes };
}

// Listings are scraped page text: paragraphs separated by blank lines. A block is
// one such paragraph, with the 1-based line it starts on.

export interface Block {
  line: number;
  lines: string[];
  /** Lines joined with single spaces and trimmed. */
  text: string;
  /** Blank lines before this block (aggregator entries are set apart by two or more). */
  gapBefore: number;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let gap = 0;
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "") {
      if (current) blocks.push(current);
      current = null;
      gap++;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [], text: "", gapBefore: gap };
      gap = 0;
    }
    current.lines.push(line);
    current.text = current.lines
      .map((l) => l.trim())
      .join(" ")
      .replace(/\s+/g, " ");
  });
  if (current) blocks.push(current);
  return blocks;
}

/** A paragraph that reads like an abstract: long, or several sentences. */
export function isProse(text: string): boolean {
  if (text.length >= 220) return true;
  const sentences = text.split(/[.!?]\s+(?=[A-Z(])/).length;
  return text.length >= 80 && sentences >= 2 && /[.!?)]$/.test(text);
}

/** A paragraph that could be a title: one line, not prose. */
export function isTitleLike(block: Block): boolean {
  return block.lines.length <= 2 && !isProse(block.text) && block.text.length <= 600;
}

// Titles and method names may hold LaTeX math: "A$_3$B$_2$", "98$\times$ Faster",
// "$\pi$-Bench", "AD^2-Bench". Pages typeset it; everything that needs plain
// text (slugs, graph labels, page titles, search, feeds) takes this one form:
// "A3B2", "98× Faster", "π-Bench", "AD2-Bench".

// `$…$` in a title or name: short, on one line, never `$$`, and neither
// starting nor ending with a space (so "costs $5 and $7" holds no math).
const MATH = /(?<!\$)\$(?!\s)([^$\n]{1,120}?)(?<!\s)\$(?!\$)/g;

const SYMBOLS: Record<string, string> = {
  times: "×",
  cdot: "·",
  pm: "±",
  infty: "∞",
  le: "≤",
  leq: "≤",
  ge: "≥",
  geq: "≥",
  approx: "≈",
  sim: "∼",
  to: "→",
  rightarrow: "→",
  ell: "ℓ",
  star: "⋆",
  circ: "∘",
  dagger: "†",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  varepsilon: "ε",
  theta: "θ",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  rho: "ρ",
  sigma: "σ",
  tau: "τ",
  phi: "φ",
  psi: "ψ",
  omega: "ω",
  Delta: "Δ",
  Sigma: "Σ",
  Omega: "Ω",
};

/** A math span as text: symbols for their commands, sub- and superscripts inline, styles and braces dropped. */
function plainMath(body: string): string {
  return body.replace(/\\([A-Za-z]+)\s*/g, (_m, name: string) => SYMBOLS[name] ?? "").replace(/[{}_^\s]/g, "");
}

/** The plain-text form of a title or name. */
export function plainText(text: string): string {
  return text
    .replace(MATH, (_m, body: string) => plainMath(body))
    .replace(/(?<=[\p{L}\p{N}])\^\{?([\p{L}\p{N}]+)\}?/gu, "$1");
}

export type TitlePart = { math: false; text: string } | { math: true; tex: string };

/** A title or name as text and math parts, for typesetting. */
export function titleParts(text: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  for (const m of text.matchAll(MATH)) {
    if (m.index > last) parts.push({ math: false, text: text.slice(last, m.index) });
    parts.push({ math: true, tex: m[1] ?? "" });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ math: false, text: text.slice(last) });
  return parts;
}

/**
 * A text as plain text, shortened to `limit` characters when longer: at the end of a sentence when `atSentence`
 * and one ends past half the limit, otherwise at a word, with an ellipsis. One cut for meta descriptions, the
 * feed and the graph's details.
 */
export function plainExcerpt(text: string, limit: number, atSentence = false): string {
  const plain = plainText(text).replace(/\s+/g, " ").trim();
  if (plain.length <= limit) return plain;
  const head = plain.slice(0, limit - 1);
  const sentence = head.lastIndexOf(". ");
  if (atSentence && sentence > limit / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(" ");
  return `${(space > limit / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, "")}…`;
}

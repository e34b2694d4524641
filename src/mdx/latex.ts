// Scraped abstracts keep LaTeX remnants. For display we undo the harmless ones
// and mark math spans; anything else stays as literal text.

const ACCENTS: Record<string, string> = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  c: "\u0327",
};

export function cleanLatexText(text: string): string {
  return text
    .replace(/\\([%&_#])/g, "$1")
    .replace(/\\(["'`^~c])\{?([A-Za-z])\}?/g, (_m, accent: string, letter: string) =>
      `${letter}${ACCENTS[accent]}`.normalize("NFC"),
    )
    .replace(/``([^`'\n]{1,200}?)''/g, "“$1”")
    .replace(/(\S)~(?=\S)/g, "$1 ") // a LaTeX tie is a space; "~3x" (about) stays
    .replace(/\\href\{([^{}]*)\}\{([^{}]*)\}/g, "$2 ($1)");
}

export type Segment =
  { kind: "text"; value: string } | { kind: "math"; value: string } | { kind: "url"; value: string; label?: string };

const MATH = /\\\((.{1,300}?)\\\)|(?<![\\$\w])\$([^$\n]{1,200}?)\$(?![\w$])/g;

/** Splits an abstract into text, inline math and URLs (URLs as cleaned by `clean`). */
export function segmentAbstract(raw: string, cleanUrl: (s: string) => string | null): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const pushText = (s: string) => {
    if (!s) return;
    const prev = out.at(-1);
    if (prev?.kind === "text") prev.value += s;
    else out.push({ kind: "text", value: s });
  };
  const source = raw.replace(/\\href\{(https?:\/\/[^{}]*)\}\{[^{}]*\}/g, "$1");
  for (const m of source.matchAll(MATH)) {
    splitUrls(source.slice(last, m.index), cleanUrl, pushText, out);
    const body = (m[1] ?? m[2] ?? "").trim();
    if (body) out.push({ kind: "math", value: body });
    last = m.index + m[0].length;
  }
  splitUrls(source.slice(last), cleanUrl, pushText, out);
  return out.map((s) => (s.kind === "text" ? { kind: "text", value: cleanLatexText(s.value) } : s));
}

function splitUrls(
  text: string,
  cleanUrl: (s: string) => string | null,
  pushText: (s: string) => void,
  out: Segment[],
): void {
  let last = 0;
  for (const m of text.matchAll(/https?:\/\//gi)) {
    if (m.index < last) continue;
    const url = cleanUrl(text.slice(m.index));
    if (!url) continue;
    pushText(text.slice(last, m.index));
    out.push({ kind: "url", value: url });
    last = m.index + url.length;
    // A glued "{here}" or duplicate "{https://…}" after the URL is a LaTeX remnant.
    const glued = /^\{[^{}]*\}/.exec(text.slice(last));
    if (glued) last += glued[0].length;
  }
  pushText(text.slice(last));
}

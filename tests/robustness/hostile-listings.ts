// A folder of hostile and broken listings, made on the fly for the robustness tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const PAYLOADS = [
  "{window.__pwned = 1}",
  "<Component />",
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "<!-- hidden comment -->",
  "`inline` and ```fenced``` code",
  "$$x^2$$ display math",
  "import x from 'y'",
  "export const a = 1",
  "ends with a backslash \\",
  "[click](javascript:window.__pwned=1)",
  '<a href="javascript:window.__pwned=1">link</a>',
  "data:text/html,<script>window.__pwned=1</script>",
];

const daily = (entries: Array<{ title: string; abstract: string; meta?: string }>) =>
  [
    "Daily Papers",
    "",
    "Nov 3",
    "",
    ...entries.flatMap((e) => [
      e.title,
      "",
      e.abstract,
      "",
      ...(e.meta === undefined ? ["  • 2 authors", "·", "Jan 5, 2024", ""] : e.meta ? [e.meta, ""] : []),
    ]),
  ].join("\n");

export const LONG_TITLE = `A ${"very ".repeat(76)}long title`;
export const HUGE_ABSTRACT = `${"We study a large abstract with many words in it. ".repeat(2100)}The end.`;

export function writeHostileSources(dir: string): { expectedPapers: number } {
  mkdirSync(dir, { recursive: true });
  const hostile = PAYLOADS.map((p, i) => ({
    title: `Payload ${i}: ${p}`,
    abstract:
      `This abstract carries a payload: ${p} It must show as text. ` +
      `Code at https://github.com/example/p${i}. Not a link: javascript:alert(${i}).`,
  }));
  writeFileSync(join(dir, "hostile.txt"), daily(hostile));
  writeFileSync(
    join(dir, "odd-text.txt"),
    "\uFEFF" +
      daily([
        {
          title: "深度学习中的低秩训练",
          abstract: "这是一个中文摘要。它有两句话，用于测试。" + "Low-rank training in CJK text is described here.",
        },
        {
          title: "تدريب منخفض الرتبة للنماذج",
          abstract: "هذا ملخص باللغة العربية. " + "إنه نص من اليمين إلى اليسار ويجب أن يظهر كما هو في الصفحة.",
        },
        {
          title: "Emoji 🚀 and zero\u200Bwidth and soft\u00ADhyphen",
          abstract: "An abstract with emoji 🚀, a non\u00A0breaking space and odd spacing. It has two sentences.",
        },
        { title: LONG_TITLE, abstract: "An ordinary abstract follows a very long title. It has two sentences." },
        { title: "A Paper With A Huge Abstract", abstract: HUGE_ABSTRACT },
        { title: "Graph", abstract: "A paper whose title is the name of a site route. It needs its own page." },
        {
          title: "Same Title",
          abstract: "Transformers attend to tokens with softmax weights over keys and values in every layer.",
        },
        {
          title: "Same Title",
          abstract: "Human visual attention guides saccades across natural scenes in primates and birds.",
        },
        {
          title: "Same-Title!",
          abstract: "Transformers attend to tokens with softmax weights over keys and values in every layer.",
        },
      ]).replace(/\n/g, "\r\n"),
  );
  writeFileSync(join(dir, "empty.txt"), "\n\n");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]));
  writeFileSync(join(dir, "notes.txt"), "Just some notes\n\nwithout any listing structure\n");
  writeFileSync(
    join(dir, "broken.txt"),
    daily([
      { title: "Entry With No Abstract", abstract: "", meta: "" },
      { title: "A Complete Entry", abstract: "A complete abstract comes here. It has two sentences." },
    ]).replace("Entry With No Abstract\n\n\n\n", "Entry With No Abstract\n\n  • 3 authors\n·\nFeb 2, 2024\n\n") +
      "\nTruncated Entry Title At The End\n",
  );
  // 13 payloads + 8 papers of odd text (two "Same Title" entries stay apart, "Same-Title!" merges) + 3 broken.
  return { expectedPapers: PAYLOADS.length + 8 + 3 };
}

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
  writeBibliographies(dir);
  // 13 payloads + 8 papers of odd text (two "Same Title" entries stay apart, "Same-Title!" merges) + 3 broken
  // + 4 from bibliographies (a broken BibTeX entry skipped, a feed entry merged by its arXiv id).
  return { expectedPapers: PAYLOADS.length + 8 + 3 + 4 };
}

/** Bibliographies with payloads, a year-only date, a month-only date, a broken entry and a shared arXiv id. */
function writeBibliographies(dir: string): void {
  writeFileSync(
    join(dir, "library.bib"),
    String.raw`@article{hostile2021,
  title = {A Bibliography Paper <script>alert(1)</script> with $x^2$},
  author = {Doe, Jane and {ACME Labs}},
  year = 2021,
  url = {javascript:alert(1)},
  abstract = {An abstract from a bib file, with 	extbf{markup} and <img src=x onerror=alert(2)>. It has two sentences.}
}

@misc{yearonly2019,
  title = {A Year-Only Preprint},
  year = {2019},
  eprint = {1901.00001},
  archivePrefix = {arXiv},
  abstract = {A preprint dated by its year alone. It introduces the YearNet model.}
}

@article{broken2020,
  title = {A Title That Never Closes,
  year = 2020
}
`,
  );
  writeFileSync(
    join(dir, "feed.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry>
    <id>http://arxiv.org/abs/1901.00001v3</id>
    <published>2019-01-02T00:00:00Z</published>
    <title>A year-only preprint, as arXiv spells it</title>
    <summary>A preprint dated by its year alone. It introduces the YearNet model.</summary>
    <author><name>Jane Doe</name></author>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/2001.00002v1</id>
    <published>2020-01-03T00:00:00Z</published>
    <title>A Feed Paper &lt;b&gt;bold&lt;/b&gt;</title>
    <summary>An abstract from an arXiv feed. It has two sentences.</summary>
    <author><name>John Roe</name></author>
  </entry>
</feed>
`,
  );
  writeFileSync(
    join(dir, "library.json"),
    JSON.stringify([
      {
        type: "article-journal",
        title: "A CSL Paper Dated by Its Month",
        abstract: "An abstract from a CSL-JSON file. It has two sentences.",
        author: [{ family: "Roe", given: "Ann" }],
        issued: { "date-parts": [[2018, 6]] },
        URL: "https://example.org/csl-paper",
      },
    ]),
  );
}

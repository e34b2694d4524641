// Where a method comes from: a name the collection already knows, or that
// several papers claim, is not introduced by a paper that only uses it.
import { describe, expect, it } from "vitest";
import { settleOrigins } from "../../src/graph/origins.ts";
import type { MethodRef, PaperRecord } from "../../src/record/schema.ts";
import { paperOf } from "../helpers/records.ts";

const claim = (name: string, via: MethodRef["via"]): MethodRef => ({ key: name.toLowerCase(), name, via, slug: null });
const use = (name: string) => ({ key: name.toLowerCase(), name, slug: null });
const paper = (id: string, date: string | null, over: Partial<PaperRecord> = {}) => paperOf({ id, date, ...over });
const methodsOf = (papers: PaperRecord[]) =>
  Object.fromEntries(papers.map((p) => [p.id, p.methods.map((m) => m.name)]));

describe("settleOrigins", () => {
  it("keeps a name's one claim when the papers that use it come later", () => {
    const papers = [
      paper("foonet", "2025-01-10", { methods: [claim("FooNet", "abbreviation")] }),
      paper("a", "2025-03-01", { mentions: [use("FooNet")] }),
      paper("b", "2025-04-01", { mentions: [use("FooNet")] }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    expect(methodsOf(papers)).toMatchObject({ foonet: ["FooNet"] });
  });

  it("drops a claim when papers dated before it already use the name, keeping it as a mention", () => {
    const papers = [
      paper("early", "2025-01-10", { mentions: [use("Zorb")] }),
      paper("earlier", "2025-01-02", { mentions: [use("Zorb")] }),
      paper("late", "2025-06-01", { methods: [claim("Zorb", "phrase")] }),
    ];
    const dropped = settleOrigins(papers);
    expect(dropped).toEqual([{ paper: "late", name: "Zorb", reason: "early names it earlier (2025-01-10)" }]);
    expect(papers[2]?.methods).toEqual([]);
    expect(papers[2]?.mentions.map((m) => m.name)).toEqual(["Zorb"]);
  });

  it("keeps a claim that one earlier paper's same-spelled name does not contradict", () => {
    const papers = [
      paper("other", "2025-01-10", { mentions: [use("VQX")] }),
      paper("mine", "2025-06-01", { methods: [claim("VQX", "abbreviation")] }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    expect(papers[1]?.methods.map((m) => m.name)).toEqual(["VQX"]);
  });

  it("gives a name several papers claim to the strongest, earliest claim, and to none when that is unclear", () => {
    const papers = [
      paper("title", "2025-05-01", { methods: [claim("Quux", "title")] }),
      paper("phrase", "2025-05-01", { methods: [claim("Quux", "phrase")] }),
      paper("later-title", null, { methods: [claim("Quux", "title")] }),
    ];
    settleOrigins(papers);
    expect(methodsOf(papers)).toEqual({ title: [], phrase: [], "later-title": [] });
    const dated = [
      paper("first", "2025-05-01", { methods: [claim("Quux", "title")] }),
      paper("second", "2025-07-01", { methods: [claim("Quux", "title")] }),
    ];
    settleOrigins(dated);
    expect(methodsOf(dated)).toEqual({ first: ["Quux"], second: [] });
  });

  it("lets no paper that only spells out an abbreviation introduce a name others claim or use", () => {
    const spelled = [
      paper("x", null, { methods: [claim("LoRB", "abbreviation")] }),
      paper("y", null, { methods: [claim("LoRB", "abbreviation")] }),
    ];
    settleOrigins(spelled);
    expect(methodsOf(spelled)).toEqual({ x: [], y: [] });
    const used = [
      paper("z", "2025-01-01", { methods: [claim("LoRB", "abbreviation")] }),
      ...["u", "v", "w"].map((id) => paper(id, null, { mentions: [use("LoRB")] })),
    ];
    expect(settleOrigins(used)[0]?.reason).toBe("it only spells the name out, and 3 other papers use it");
  });

  it("gives a widely used name only to a paper whose title gives it", () => {
    const users = Array.from({ length: 10 }, (_, i) => paper(`u${i}`, "2025-09-01", { mentions: [use("Blorp")] }));
    const phrase = [paper("p", "2025-01-01", { methods: [claim("Blorp", "phrase")] }), ...users];
    expect(settleOrigins(phrase)[0]?.reason).toBe("10 other papers use the name, and the title does not give it");
    const titled = [paper("t", "2025-01-01", { methods: [claim("Blorp", "title")] }), ...users];
    expect(settleOrigins(titled)).toEqual([]);
  });
});

// Where a method comes from. A paper's text can make a well-known name look
// like its own ("we build on Low-Rank Adaptation (LoRA)"); the collection
// tells otherwise, and builds-on edges must point only to the paper that
// really introduces a name. A claim is dropped, and the name kept as one of the
// paper's mentions, when:
// - a paper dated before it already claims it, or two mention it (in other capitals, they do not take a name the
//   paper's title gives, nor one its abstract says what kind of work it is: "Focus, a method that …");
// - other papers claim it too: only the strongest kind of claim stands (the
//   title's name, then a proposal phrase, then a spelled-out abbreviation),
//   and of those only the earliest dated one; claims that cannot be told apart
//   by date all fall, as do colliding abbreviations, which only spell a name out;
// - several other papers mention the name without claiming it (an established
//   name the paper uses), and the paper only spells it out, or is undated (a
//   proposal phrase of a paper that cannot be shown to come first), or many do
//   and the paper's title does not give the name.
// Papers that spell a name out differently ("Subtle-Cue Oriented Perception
// Engine (SCOPE)", "Scene-Conditioned Object Pose Estimation (SCOPE)"), or a
// claim spelled out against a use written in other capitals ("ADAM: Autonomous
// Discovery and Annotation Model" against the optimizer Adam), name different
// things: neither counts against the other.
import type { MethodRef, PaperRecord } from "../record/schema.ts";
import { byCodeUnit } from "../record/order.ts";
import { otherCapitals, sameClaim, spellings } from "./homonyms.ts";

/** A claim dropped, and why, for the report. */
export interface DroppedClaim {
  paper: string;
  name: string;
  reason: string;
}

const STRENGTH: Record<MethodRef["via"], number> = { title: 3, phrase: 2, abbreviation: 1 };
// Papers that mention a name without claiming it, beyond which a spelled-out
// abbreviation is the name's use, not its introduction.
const ESTABLISHED = 3;
// Papers that use a name, beyond which only a paper whose title gives the name
// can be its origin: a collection samples a field's later papers, rarely the first.
const WIDELY_USED = 10;

interface Claim {
  paper: PaperRecord;
  method: MethodRef;
}

const dated = (p: PaperRecord) => p.date ?? "";

/**
 * Whether date a is surely before date b: compared to the precision both give,
 * so a paper dated by its year alone ("2023") is before no paper of that year.
 */
export function surelyBefore(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

const pushTo = <T>(map: Map<string, T[]>, key: string, item: T) => {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
};

/** The papers that mention each name (by its key), in the papers' order. */
export function papersMentioning<P extends { mentions: ReadonlyArray<{ key: string }> }>(
  papers: readonly P[],
): Map<string, P[]> {
  const out = new Map<string, P[]>();
  for (const paper of papers) for (const m of paper.mentions) pushTo(out, m.key, paper);
  return out;
}

/** Settles the claims; `kinds` as graph/homonyms.ts `spellings` reads them (the lexicon's kinds of work). */
export function settleOrigins(papers: PaperRecord[], kinds: RegExp | null = null): DroppedClaim[] {
  const names = spellings(kinds);
  const sameName = (claim: Claim, q: PaperRecord) =>
    names.same(claim.paper, claim.method.name, q, claim.method.key, true);

  const claims = new Map<string, Claim[]>();
  for (const paper of papers) for (const method of paper.methods) pushTo(claims, method.key, { paper, method });
  const mentionedBy = papersMentioning(papers);
  const dropped: Array<Claim & { reason: string }> = [];
  for (const [key, all] of claims) {
    const everyUser = mentionedBy.get(key) ?? [];
    const standing: Claim[] = [];
    for (const claim of all) {
      const before = (q: PaperRecord) =>
        q !== claim.paper && surelyBefore(q.date, claim.paper.date) && sameName(claim, q);
      // One earlier mention can be another name spelled the same (two "VQAE"s);
      // an earlier claim, or two earlier mentions, show the name was taken.
      // An earlier claim of a name this one says what it is takes it only if it says so too: two papers that each
      // claim a name, one saying what it is and the other not, more likely coined it apart. The other way round, an
      // earlier claim that says what the name is still takes a later one that does not (a later paper that uses
      // "LoRA" without spelling it out is not its origin).
      const claimedBefore = all.find(
        (c) =>
          before(c.paper) &&
          (names.of(claim.paper, claim.method.name) === null || names.of(c.paper, c.method.name) !== null),
      )?.paper;
      // The field reuses short names: earlier uses in other capitals do not take a name the paper's title gives or
      // its sentences say what it is ("Focus, a method that …" against an earlier "FOCUS"); uses in its capitals,
      // and an earlier claim saying alike what it is, still do.
      const coined = claim.method.via !== "abbreviation" && names.of(claim.paper, claim.method.name) !== null;
      const inOtherCapitals = (q: PaperRecord) =>
        q.mentions.every((m) => m.key !== claim.method.key || otherCapitals(m.name, claim.method.name));
      const usedBefore = everyUser.filter((q) => before(q) && !(coined && inOtherCapitals(q)));
      const earlier = claimedBefore ?? (usedBefore.length >= 2 ? usedBefore[0] : undefined);
      if (earlier) dropped.push({ ...claim, reason: `${earlier.id} names it earlier (${earlier.date})` });
      else standing.push(claim);
    }
    // Claims that say differently what the name is name different things: only claims of one thing collide.
    const losers = sameThings(standing, (c) => names.of(c.paper, c.method.name)).flatMap(collisions);
    dropped.push(...losers);
    const lost = new Set(losers.map((l) => l.method));
    const left = standing.filter((c) => !lost.has(c.method));
    for (const claim of left) {
      if (everyUser.length < ESTABLISHED || claim.method.via === "title") continue;
      const users = everyUser.filter((q) => sameName(claim, q));
      if (users.length < ESTABLISHED) continue;
      if (claim.method.via === "abbreviation") {
        dropped.push({ ...claim, reason: `it only spells the name out, and ${users.length} other papers use it` });
      } else if (claim.paper.date === null) {
        dropped.push({ ...claim, reason: `its date is unknown, and ${users.length} other papers use the name` });
      } else if (users.length >= WIDELY_USED) {
        dropped.push({ ...claim, reason: `${users.length} other papers use the name, and the title does not give it` });
      }
    }
  }
  for (const { paper, method } of dropped) {
    paper.methods = paper.methods.filter((m) => m !== method);
    if (!paper.mentions.some((m) => m.key === method.key)) {
      paper.mentions.push({ key: method.key, name: method.name, slug: null });
    }
  }
  return dropped.map((d) => ({ paper: d.paper.id, name: d.method.name, reason: d.reason }));
}

/**
 * Claims of one name grouped by the thing they name (graph/homonyms.ts): each joins the first group, in the order of
 * their dates and papers, whose first claim says alike what the name is.
 */
function sameThings(claims: Claim[], expansion: (c: Claim) => string | null): Claim[][] {
  if (claims.length < 2) return [claims];
  const ordered = [...claims].sort(
    (a, b) => dated(a.paper).localeCompare(dated(b.paper)) || byCodeUnit(a.paper.id, b.paper.id),
  );
  const groups: Array<{ said: string | null; claims: Claim[] }> = [];
  for (const claim of ordered) {
    const said = expansion(claim);
    const group = groups.find((g) => sameClaim(g.said, said));
    if (group) group.claims.push(claim);
    else groups.push({ said, claims: [claim] });
  }
  return groups.map((g) => g.claims);
}

/** The claims that lose when several papers claim one name. */
function collisions(claims: Claim[]): Array<Claim & { reason: string }> {
  if (claims.length < 2) return [];
  const best = Math.max(...claims.map((c) => STRENGTH[c.method.via]));
  const strongest = claims.filter((c) => STRENGTH[c.method.via] === best);
  const others = claims.length === 2 ? "another paper claims it too" : `${claims.length - 1} other papers claim it too`;
  const weaker = claims
    .filter((c) => !strongest.includes(c))
    .map((c) => ({ ...c, reason: `${others}, more strongly` }));
  const ordered = strongest.filter((c) => c.paper.date).sort((a, b) => dated(a.paper).localeCompare(dated(b.paper)));
  const first = ordered[0];
  const unique =
    best > STRENGTH.abbreviation &&
    first !== undefined &&
    strongest.every((c) => c === first || surelyBefore(first.paper.date, c.paper.date));
  const lost = strongest
    .filter((c) => !unique || c !== first)
    .map((c) => ({
      ...c,
      reason: unique && first ? `${others}; ${first.paper.id} is the earliest` : `${others}, and none is the earliest`,
    }));
  return [...weaker, ...lost];
}

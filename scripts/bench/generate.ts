// Synthetic collections for the benchmark: real titles, abstracts, method names
// and concepts of the seed listings recombined into N distinct papers, written
// as Daily Papers and aggregator listings, with some papers in two files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseListing } from "../../src/parse/listing.ts";
import type { Entry } from "../../src/types.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const VENUES = ["arXiv.org Machine Learning", "arXiv.org Artificial Intelligence", "NeurIPS", "ICML", "ICLR"];
const SURNAMES = [
  "Chen",
  "Zhang",
  "Smith",
  "Garcia",
  "Müller",
  "Rossi",
  "Kim",
  "Nguyen",
  "Okafor",
  "Ivanova",
  "Dubois",
  "Sato",
];
const GIVEN = [
  "Wei",
  "Anna",
  "John",
  "Maria",
  "Jonas",
  "Giulia",
  "Min-jun",
  "Linh",
  "Chidi",
  "Olga",
  "Claire",
  "Haruto",
];

/** A small deterministic generator (mulberry32): the same size gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedEntries(dir: string): Entry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => parseListing(f, readFileSync(join(dir, f))).entries)
    .filter((e) => e.abstract.length > 200);
}

interface Synthetic {
  title: string;
  abstract: string;
  authors: number;
  names: string[];
  date: { month: number; day: number; year: number | null };
  upvotes: number | null;
  venue: string;
}

function synthesize(n: number, seeds: Entry[], rnd: () => number): Synthetic[] {
  const pick = <T>(a: T[]): T => {
    const item = a[Math.floor(rnd() * a.length)];
    if (item === undefined) throw new Error("nothing to pick from (no seed entries?)");
    return item;
  };
  const sentences = seeds.map((e) => e.abstract.split(/(?<=\.)\s+(?=[A-Z])/));
  const prefixes = seeds.map((e) => /^([^:]{2,30}):\s/.exec(e.title)?.[1]).filter((x): x is string => !!x);
  const rests = seeds.map((e) => e.title.replace(/^[^:]{2,30}:\s/, ""));
  const out: Synthetic[] = [];
  for (let i = 0; i < n; i++) {
    const base = sentences[i % sentences.length];
    if (base === undefined) throw new Error("no seed abstracts to recombine");
    const other = pick(sentences);
    // Half of each abstract from one paper, the rest from another: realistic wording, new combinations.
    const cut = Math.max(1, Math.floor(base.length / 2));
    const abstract = [...base.slice(0, cut), ...other.slice(Math.floor(other.length / 2))].join(" ");
    const name = `${pick(prefixes).replace(/[^A-Za-z0-9-]/g, "")}${i.toString(36).toUpperCase()}`;
    const year = 2019 + Math.floor(rnd() * 7);
    out.push({
      title: `${name}: ${pick(rests)}`,
      abstract: abstract.replace(/\b(we (?:propose|introduce|present))\b/i, `$1 ${name},`),
      authors: 1 + Math.floor(rnd() * 12),
      names: Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${pick(SURNAMES)}, ${pick(GIVEN)}`),
      date: { month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28), year: year >= 2025 ? null : year },
      upvotes: rnd() < 0.4 ? Math.floor(rnd() * 30) : null,
      venue: pick(VENUES),
    });
  }
  return out;
}

const dailyEntry = (p: Synthetic) =>
  [p.title, "", p.abstract, "", `  • ${p.authors} authors`, "·", dateLine(p), ""].join("\n");
function dateLine(p: Synthetic): string {
  const year = p.date.year ? `, ${p.date.year}` : "";
  const upvotes = p.upvotes !== null ? ` ${p.upvotes}` : "";
  return `${MONTHS[p.date.month - 1]} ${p.date.day}${year}${upvotes}`;
}

const aggregatorEntry = (p: Synthetic) =>
  [p.title, "", p.names.join(", "), "", p.venue, "", p.abstract, "", ""].join("\n");

/** Writes about `n` distinct papers into `dir`; returns the number of entries written. */
export function generateCorpus(
  dir: string,
  n: number,
  seeds: Entry[],
): { papers: number; entries: number; files: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = random(n);
  const papers = synthesize(n, seeds, rnd);
  const perFile = 200;
  let entries = 0;
  let files = 0;
  for (let start = 0; start < papers.length; start += perFile) {
    const chunk = papers.slice(start, start + perFile);
    // One paper in ten also appears in the next file: duplicates across files.
    const repeats = papers.slice(start + perFile, start + perFile + Math.ceil(chunk.length / 10));
    const all = [...chunk, ...repeats];
    const aggregator = files % 5 === 4;
    const body = aggregator
      ? [
          "Goto",
          "",
          "Collaborating Authors",
          "",
          "\u00a0synthetic query",
          "",
          "",
          "",
          "",
          ...all.map(aggregatorEntry),
        ].join("\n")
      : [
          "new",
          "",
          "Daily Papers",
          "",
          "byAK and the research community",
          "",
          "Nov 3",
          "",
          ...all.map(dailyEntry),
        ].join("\n");
    writeFileSync(join(dir, `listing-${String(files).padStart(4, "0")}.txt`), body);
    entries += all.length;
    files++;
  }
  return { papers: papers.length, entries, files };
}

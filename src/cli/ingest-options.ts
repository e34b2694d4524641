// The ingest command's flags: one table gives the parser its options and the
// help its lines, so the two cannot drift apart.
import { parseArgs } from "node:util";

export interface IngestFlags {
  sources?: string;
  out?: string;
  vocabulary?: string;
  lexicon?: string;
  notes?: string;
  strict: boolean;
  force: boolean;
  quiet: boolean;
}

interface FlagSpec {
  type: "string" | "boolean";
  short?: string;
  /** Placeholder for the value in the usage line. */
  value?: string;
  help: string;
}

const FLAGS: Record<keyof IngestFlags | "help", FlagSpec> = {
  sources: { type: "string", value: "DIR", help: "folder of listings to read (default: content/sources)" },
  out: {
    type: "string",
    value: "DIR",
    help: "write the data files to DIR, the pages to DIR/papers (default: src/data, src/content/papers)",
  },
  vocabulary: { type: "string", value: "FILE", help: "concept vocabulary (default: content/vocabulary/concepts.json)" },
  lexicon: {
    type: "string",
    value: "FILE",
    help: "lexicon of generic terms (default: content/vocabulary/lexicon.json)",
  },
  notes: {
    type: "string",
    value: "DIR",
    help: "your notes, checked for papers that are gone (default: content/notes)",
  },
  strict: { type: "boolean", help: "exit 1 when a file or entry was skipped or no listing was found" },
  force: { type: "boolean", help: "ingest even when no input changed since the last run" },
  quiet: { type: "boolean", help: "print problems only, not the summary line" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
};

const flagLine = (name: string, spec: FlagSpec): string => {
  const left = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`;
  return `  ${left.padEnd(24)}${spec.help}`;
};

export const INGEST_USAGE = [
  "Usage: npm run ingest -- [options]",
  "",
  "Reads the listings, extracts methods, mentions and concepts, and writes the data",
  "files, the MDX pages and the report (report.md) that accounts for every entry.",
  "",
  "Options:",
  ...Object.entries(FLAGS).map(([name, spec]) => flagLine(name, spec)),
  "",
  "Exit status: 0 done, 1 something was skipped (--strict only), 2 bad flags or a failed run.",
].join("\n");

export type IngestArgs = { kind: "run"; flags: IngestFlags } | { kind: "help" } | { kind: "error"; message: string };

/** Node's parseArgs error codes, as one line that names the flag. */
function describe(error: Error & { code?: string }): string {
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${flag}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return FLAGS[flag.replace(/^-+/, "") as keyof typeof FLAGS]?.type === "boolean"
        ? `option ${flag} takes no value`
        : `option ${flag} needs a value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ""}`.trim();
    default:
      return error.message;
  }
}

export function parseIngestArgs(argv: string[]): IngestArgs {
  const options = Object.fromEntries(
    Object.entries(FLAGS).map(([name, spec]) => [
      name,
      spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    return { kind: "error", message: describe(error as Error) };
  }
  if (values.help) return { kind: "help" };
  // A value that is itself a flag ("--sources --strict") is a missing value.
  for (const [name, spec] of Object.entries(FLAGS)) {
    const value = values[name];
    if (spec.type === "string" && typeof value === "string" && (value === "" || value.startsWith("-"))) {
      return { kind: "error", message: `option --${name} needs a value` };
    }
  }
  const text = (name: string) => (typeof values[name] === "string" ? values[name] : undefined);
  return {
    kind: "run",
    flags: {
      sources: text("sources"),
      out: text("out"),
      vocabulary: text("vocabulary"),
      lexicon: text("lexicon"),
      notes: text("notes"),
      strict: values.strict === true,
      force: values.force === true,
      quiet: values.quiet === true,
    },
  };
}

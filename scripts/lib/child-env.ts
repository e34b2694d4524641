// The environment for a child build, dev server or ingest started from a test
// or the benchmark. Vitest sets BASE_URL, MODE, NODE_ENV and its own flags, and
// a real Astro build must not see them. Colour is off too: a caller that forces
// it (a CI runner, a terminal) would put escape codes inside the lines read back.
const INHERITED_BY_MISTAKE = /^(?:VITEST|VITE_|BASE_URL$|MODE$|NODE_ENV$|DEV$|PROD$|SSR$|TEST$|FORCE_COLOR$)/;

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (INHERITED_BY_MISTAKE.test(key)) delete env[key];
  return { ...env, NO_COLOR: "1", ...extra };
}

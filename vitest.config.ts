import { defineConfig } from "vitest/config";

// Unit, golden and robustness files run in parallel. Files that build the
// site, serve it or drive Chromium share one dist/ and Astro's content cache,
// and each starts servers and a browser of its own: they run one at a time.
const SERIAL = [
  "tests/e2e/**/*.test.ts",
  "tests/site/**/*.test.ts",
  "tests/dev/**/*.test.ts",
  "tests/robustness/site.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: SERIAL } },
      { extends: true, test: { name: "site", include: SERIAL, fileParallelism: false } },
    ],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one built site and one server; run files one at a time there.
    fileParallelism: false,
  },
});

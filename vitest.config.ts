import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // The CLI the tests spawn (bin/postmortem.js → dist/) is built from the sources under test.
    globalSetup: ["scripts/build-cli.js"],
  },
});

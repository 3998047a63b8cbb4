import { defineProject } from "vitest/config";

// Element tests drive a real Chromium; one file at a time keeps the two shared cores responsive.
export default defineProject({
  test: {
    name: "@frontier-ai/web-components",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // The machine is shared: give the browser time before a polled assertion gives up.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});

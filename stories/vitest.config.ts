import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@frontier-ai/stories",
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    // The setup builds the static Storybook first.
    hookTimeout: 600_000,
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});

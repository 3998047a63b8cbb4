import { defineProject } from "vitest/config";

// One WordPress serves every test file, so the files run one after another.
export default defineProject({
  test: {
    name: "@frontier-ai/wordpress",
    globalSetup: ["./test/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});

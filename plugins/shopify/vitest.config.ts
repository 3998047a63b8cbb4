import { defineProject } from "vitest/config";

// Tests run under the workspace's vitest; the Remix plugin in vite.config.ts is for the app's own build only.
export default defineProject({
  test: {
    name: "@frontier-ai/shopify",
    environment: "node",
    include: ["app/**/*.test.{ts,tsx}", "extensions/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

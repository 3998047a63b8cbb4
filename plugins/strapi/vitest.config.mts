import { defineConfig } from "vitest/config";

// Builds the plugin, starts a Frontier server and a real Strapi app with the plugin linked (tests/global-setup.ts).
export default defineConfig({
  test: {
    name: "@frontier-ai/strapi",
    include: ["tests/**/*.test.ts", "server/src/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});

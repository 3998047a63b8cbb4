import { defineConfig } from "vitest/config";

// One run over every package: each package directory is a vitest project with its own defaults.
export default defineConfig({
  test: {
    projects: [
      "cultural-profiles",
      "core",
      "server",
      "tests",
      "web-components",
      "stories",
      "plugins/wordpress",
      "plugins/shopify",
      "plugins/strapi",
    ],
  },
});

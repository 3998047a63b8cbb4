import type { StorybookConfig } from "@storybook/web-components-vite";

const config: StorybookConfig = {
  framework: { name: "@storybook/web-components-vite", options: {} },
  stories: ["../src/**/*.stories.ts"],
  // Nothing leaves the machine: no telemetry, no update or news checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) => ({
    ...config,
    // The elements' TypeScript lives in the sibling workspace package.
    server: { ...config.server, fs: { ...config.server?.fs, allow: [".."] } },
    build: { ...config.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;

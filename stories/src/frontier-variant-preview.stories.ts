import type { LocalizeResult } from "@frontier-ai/web-components";
import { mockApiBase } from "@frontier-ai/web-components/testing/fetch-mock";
import { sampleSource, sampleVariants } from "@frontier-ai/web-components/testing/fixtures";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";

interface PreviewArgs {
  source: string;
  "source-locale": string;
  locales: string;
  "ui-lang": string;
  "api-base": string;
  token: string;
  results: LocalizeResult[];
}

const meta: Meta<PreviewArgs> = {
  title: "Admin/frontier-variant-preview",
  component: "frontier-variant-preview",
  args: {
    source: sampleSource,
    "source-locale": "es-MX",
    locales: "es-AR,es-CO,es-CL",
    "ui-lang": "es",
    "api-base": mockApiBase("ok"),
    token: "storybook-short-lived-token",
    results: [],
  },
  render: (args) => html`<frontier-variant-preview
    source=${args.source}
    source-locale=${args["source-locale"]}
    locales=${args.locales}
    ui-lang=${args["ui-lang"]}
    api-base=${args["api-base"]}
    token=${args.token}
    .results=${args.results}
  ></frontier-variant-preview>`,
};
export default meta;

type Story = StoryObj<PreviewArgs>;

/** Calls POST /api/v1/localize for three markets (Tab in, then the arrow keys). */
export const ThreeMarkets: Story = {};
export const Argentina: Story = { args: { locales: "es-AR" } };
export const Colombia: Story = { args: { locales: "es-CO" } };
export const Chile: Story = { args: { locales: "es-CL", "ui-lang": "en" } };
/** Results you already have, given as the `results` property: no request. */
export const FromResults: Story = {
  args: {
    token: "",
    results: Object.entries(sampleVariants).map(([locale, variant]) => ({ locale, ...variant })),
  },
};
export const Loading: Story = { args: { "api-base": mockApiBase("loading") } };
export const Empty: Story = { args: { source: "", token: "" } };
export const ServerError: Story = { args: { "api-base": mockApiBase("error") } };

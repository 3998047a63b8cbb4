import type { FrontierCopyGenerator } from "@frontier-ai/web-components";
import { mockApiBase } from "@frontier-ai/web-components/testing/fetch-mock";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";

interface GeneratorArgs {
  prompt: string;
  markets: string;
  "content-type": string;
  tone: string;
  length: string;
  "ui-lang": string;
  "api-base": string;
  token: string;
}

/** Presses Generate once the element has rendered, to show the states that follow. */
async function generate({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<FrontierCopyGenerator>("frontier-copy-generator");
  await element?.updateComplete;
  element?.generate();
}

const meta: Meta<GeneratorArgs> = {
  title: "Admin/frontier-copy-generator",
  component: "frontier-copy-generator",
  args: {
    prompt: "Zapatillas urbanas livianas, envío gratis esta semana",
    markets: "es-MX",
    "content-type": "product_description",
    tone: "friendly",
    length: "short",
    "ui-lang": "es",
    "api-base": mockApiBase("ok"),
    token: "storybook-short-lived-token",
  },
  render: (args) => html`<frontier-copy-generator
    prompt=${args.prompt}
    markets=${args.markets}
    content-type=${args["content-type"]}
    tone=${args.tone}
    length=${args.length}
    ui-lang=${args["ui-lang"]}
    api-base=${args["api-base"]}
    token=${args.token}
  ></frontier-copy-generator>`,
};
export default meta;

type Story = StoryObj<GeneratorArgs>;

/** Before the first generation. */
export const Empty: Story = { args: { prompt: "" } };
/** Words arrive one by one into a polite live region that is busy until the result. */
export const Streaming: Story = { args: { "api-base": mockApiBase("streaming") }, play: generate };
export const Loading: Story = { args: { "api-base": mockApiBase("loading") }, play: generate };
export const Mexico: Story = { play: generate };
export const Argentina: Story = { args: { markets: "es-AR" }, play: generate };
export const Brazil: Story = { args: { markets: "pt-BR", "ui-lang": "pt-BR" }, play: generate };
export const SeveralMarkets: Story = { args: { markets: "es-MX,es-AR,pt-BR", "ui-lang": "en" }, play: generate };
/** A fallback provider took over mid-stream: the text starts again. */
export const ProviderRestart: Story = { args: { "api-base": mockApiBase("restart") }, play: generate };
export const ServerError: Story = { args: { "api-base": mockApiBase("error") }, play: generate };
export const ErrorMidStream: Story = { args: { "api-base": mockApiBase("stream-error") }, play: generate };

import { mockApiBase } from "@frontier-ai/web-components/testing/fetch-mock";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";

interface ConsentArgs {
  market: string;
  "ui-lang": string;
  "api-base": string;
  "publishable-key": string;
  "subject-id": string;
}

const meta: Meta<ConsentArgs> = {
  title: "Storefront/frontier-consent",
  component: "frontier-consent",
  args: {
    market: "es-AR",
    "ui-lang": "es",
    "api-base": mockApiBase("ok"),
    "publishable-key": "fk_pub_storybook",
    // A fixed subject per story so a decision in one story does not close the others.
    "subject-id": "storybook-visitor",
  },
  render: (args) => html`<frontier-consent
    market=${args.market}
    ui-lang=${args["ui-lang"]}
    api-base=${args["api-base"]}
    publishable-key=${args["publishable-key"]}
    subject-id=${args["subject-id"]}
  ></frontier-consent>`,
  // Each visit starts unanswered: the banner remembers decisions in localStorage.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith("frontier-consent:")) localStorage.removeItem(key);
  },
};
export default meta;

type Story = StoryObj<ConsentArgs>;

/** Ley 25.326, supervised by the AAIP. */
export const Argentina: Story = {};
/** The 2025 LFPDPPP. */
export const Mexico: Story = { args: { market: "es-MX" } };
/** LGPD, supervised by the ANPD; the buttons follow the user's language. */
export const Brazil: Story = { args: { market: "pt-BR", "ui-lang": "pt-BR" } };
export const Loading: Story = { args: { "api-base": mockApiBase("loading") } };
/** No notice for Uruguay in the mock: es-UY → es-419 → es all answer 404. */
export const NoNoticeForMarket: Story = { args: { market: "es-UY" } };
export const ServerError: Story = { args: { "api-base": mockApiBase("error") } };

import { mockApiBase } from "@frontier-ai/web-components/testing/fetch-mock";
import { sampleContentId, sampleHtmlContentId } from "@frontier-ai/web-components/testing/fixtures";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";

interface LocalizedArgs {
  "content-id": string;
  locale: string;
  "api-base": string;
  "publishable-key": string;
  "show-errors": boolean;
  fallback: string;
}

const meta: Meta<LocalizedArgs> = {
  title: "Storefront/frontier-localized",
  component: "frontier-localized",
  args: {
    "content-id": sampleContentId,
    locale: "es-AR",
    "api-base": mockApiBase("ok"),
    "publishable-key": "fk_pub_storybook",
    "show-errors": false,
    fallback: "Envío gratis en compras desde $50.000",
  },
  render: (args) => html`<p>
    <frontier-localized
      content-id=${args["content-id"]}
      locale=${args.locale}
      api-base=${args["api-base"]}
      publishable-key=${args["publishable-key"]}
      ?show-errors=${args["show-errors"]}
    >${args.fallback}</frontier-localized>
  </p>`,
};
export default meta;

type Story = StoryObj<LocalizedArgs>;

/** Published copy for Argentina (es-AR exists on the server). */
export const Argentina: Story = {};
export const Mexico: Story = { args: { locale: "es-MX" } };
/** No es-CO copy is published: the element walks es-CO → es-419 and shows the Latin American text. */
export const ColombiaFallsBackToEs419: Story = { args: { locale: "es-CO" } };
export const Brazil: Story = { args: { locale: "pt-BR", fallback: "Frete grátis em compras acima de R$ 200" } };
/** Published HTML keeps inline formatting; scripts and handlers are dropped. */
export const HtmlCopy: Story = { args: { "content-id": sampleHtmlContentId } };
/** While the request is in flight the server-rendered fallback is shown: nothing flashes. */
export const Loading: Story = { args: { "api-base": mockApiBase("loading") } };
/** No locale in the chain has published copy: the fallback stays. */
export const Empty: Story = { args: { "content-id": "not-published" } };
/** The server fails: the fallback stays; `show-errors` adds the message for previews. */
export const ServerError: Story = { args: { "api-base": mockApiBase("error"), "show-errors": true } };

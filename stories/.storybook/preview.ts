import "@frontier-ai/web-components";
import manifest from "@frontier-ai/web-components/custom-elements.json";
import { installFetchMock } from "@frontier-ai/web-components/testing/fetch-mock";
import type { Preview } from "@storybook/web-components-vite";
import { setCustomElementsManifest } from "@storybook/web-components-vite";

// Controls and argument docs come from the elements' JSDoc, through the Custom Elements Manifest.
setCustomElementsManifest(manifest);
// Every story talks to the mock API inside the page, never to a server.
installFetchMock();

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: "padded",
  },
};

export default preview;

import { resolve } from "node:path";
import defaultConfig from "@wordpress/scripts/config/webpack.config.js";

// The blocks are found through their block.json; the document panel is a plain script, added here.
export default {
  ...defaultConfig,
  entry: () => ({
    ...defaultConfig.entry(),
    "localize-panel/index": resolve(import.meta.dirname, "src/localize-panel/index.js"),
  }),
};

// Compiled with the app (a TypeScript app's build copies no .json files).
module.exports = {
  collectionName: "components_shared_riches",
  info: { displayName: "Rich" },
  attributes: {
    content: { type: "blocks" },
  },
};

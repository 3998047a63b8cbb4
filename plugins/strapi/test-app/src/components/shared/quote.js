// Compiled with the app (a TypeScript app's build copies no .json files).
module.exports = {
  collectionName: "components_shared_quotes",
  info: { displayName: "Quote" },
  attributes: {
    text: { type: "text" },
    author: { type: "string" },
  },
};

// Compiled with the app (a TypeScript app's build copies no .json files).
module.exports = {
  collectionName: "components_shared_seos",
  info: { displayName: "SEO" },
  attributes: {
    metaTitle: { type: "string" },
    metaDescription: { type: "text" },
    noIndex: { type: "boolean" },
  },
};

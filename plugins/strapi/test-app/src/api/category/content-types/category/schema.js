// Compiled with the app (a TypeScript app's build copies no .json files).
module.exports = {
  kind: "collectionType",
  collectionName: "categories",
  info: { singularName: "category", pluralName: "categories", displayName: "Category" },
  options: { draftAndPublish: false },
  attributes: {
    name: { type: "string" },
  },
};

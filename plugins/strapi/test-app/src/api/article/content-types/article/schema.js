// Compiled with the app (a TypeScript app's build copies no .json files).
module.exports = {
  kind: "collectionType",
  collectionName: "articles",
  info: { singularName: "article", pluralName: "articles", displayName: "Article" },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    title: { type: "string", pluginOptions: { i18n: { localized: true } } },
    summary: { type: "text", pluginOptions: { i18n: { localized: true } } },
    body: { type: "blocks", pluginOptions: { i18n: { localized: true } } },
    slug: { type: "string", pluginOptions: { i18n: { localized: true } } },
    price: { type: "decimal", pluginOptions: { i18n: { localized: false } } },
    stock: { type: "integer", pluginOptions: { i18n: { localized: true } } },
    seo: {
      type: "component",
      component: "shared.seo",
      repeatable: false,
      pluginOptions: { i18n: { localized: true } },
    },
    sections: {
      type: "dynamiczone",
      components: ["shared.quote", "shared.rich"],
      pluginOptions: { i18n: { localized: true } },
    },
    cover: {
      type: "media",
      multiple: false,
      allowedTypes: ["images"],
      pluginOptions: { i18n: { localized: true } },
    },
    category: { type: "relation", relation: "manyToOne", target: "api::category.category" },
  },
};

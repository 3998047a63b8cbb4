/** Admin GraphQL documents (API version 2026-07). A market's countries come from its region conditions. */

export const shopContextQuery = `#graphql
query FrontierShopContext {
  shopLocales { locale name primary published }
  markets(first: 50) {
    nodes {
      id name handle
      conditions { regionsCondition { regions(first: 250) { nodes { ... on MarketRegionCountry { code } } } } }
    }
  }
}`;

export const productsCountQuery = `#graphql
query FrontierProductsCount { productsCount { count } }`;

export type TranslationSlot = { alias: string; locale: string; marketId: string | null };

const contentFields = "resourceId translatableContent { key value digest locale type }";

function translationFields(slots: readonly TranslationSlot[]): { fields: string; variables: string[] } {
  const fields: string[] = [];
  const variables: string[] = [];
  slots.forEach((slot, index) => {
    variables.push(`$locale${index}: String!`);
    if (slot.marketId) variables.push(`$market${index}: ID`);
    const market = slot.marketId ? `, marketId: $market${index}` : "";
    fields.push(`${slot.alias}: translations(locale: $locale${index}${market}) { key value locale outdated }`);
  });
  return { fields: fields.join("\n      "), variables };
}

export function slotVariables(slots: readonly TranslationSlot[]): Record<string, string> {
  const variables: Record<string, string> = {};
  slots.forEach((slot, index) => {
    variables[`locale${index}`] = slot.locale;
    if (slot.marketId) variables[`market${index}`] = slot.marketId;
  });
  return variables;
}

/** One page of products with their source content and, per target, the translations registered. */
export function productsPageQuery(slots: readonly TranslationSlot[]): string {
  const { fields, variables } = translationFields(slots);
  const declared = ["$first: Int!", "$after: String", ...variables].join(", ");
  return `#graphql
query FrontierProductsPage(${declared}) {
  translatableResources(resourceType: PRODUCT, first: $first, after: $after) {
    nodes {
      ${contentFields}
      ${fields}
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
}

export function productQuery(slots: readonly TranslationSlot[]): string {
  const { fields, variables } = translationFields(slots);
  const declared = ["$resourceId: ID!", ...variables].join(", ");
  return `#graphql
query FrontierProduct(${declared}) {
  translatableResource(resourceId: $resourceId) {
    ${contentFields}
    ${fields}
  }
}`;
}

export const translationsRegisterMutation = `#graphql
mutation FrontierTranslationsRegister($resourceId: ID!, $translations: [TranslationInput!]!) {
  translationsRegister(resourceId: $resourceId, translations: $translations) {
    translations { key locale outdated }
    userErrors { field message code }
  }
}`;

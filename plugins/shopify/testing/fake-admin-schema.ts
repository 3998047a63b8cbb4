import { buildSchema } from "graphql";

/** The part of Shopify's Admin GraphQL schema (2026-07) the app uses; queries outside it fail validation. */
export const fakeAdminSchema = buildSchema(`
  type Query {
    shopLocales(published: Boolean): [ShopLocale!]!
    markets(first: Int, after: String): MarketConnection!
    productsCount: Count
    translatableResource(resourceId: ID!): TranslatableResource
    translatableResources(resourceType: TranslatableResourceType!, first: Int, after: String): TranslatableResourceConnection!
  }
  type Mutation {
    translationsRegister(resourceId: ID!, translations: [TranslationInput!]!): TranslationsRegisterPayload
  }
  enum TranslatableResourceType { PRODUCT COLLECTION PAGE METAFIELD MEDIA_IMAGE }
  type ShopLocale { locale: String! name: String! primary: Boolean! published: Boolean! }
  type Count { count: Int! }
  type MarketConnection { nodes: [Market!]! }
  type Market { id: ID! name: String! handle: String! conditions: MarketConditions! }
  type MarketConditions { regionsCondition: RegionsCondition }
  type RegionsCondition { regions(first: Int, after: String): MarketRegionConnection! }
  type MarketRegionConnection { nodes: [MarketRegion!]! }
  interface MarketRegion { id: ID! name: String! }
  type MarketRegionCountry implements MarketRegion { id: ID! name: String! code: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type TranslatableResourceConnection { nodes: [TranslatableResource!]! pageInfo: PageInfo! }
  type TranslatableResource {
    resourceId: ID!
    translatableContent: [TranslatableContent!]!
    translations(locale: String!, marketId: ID, outdated: Boolean): [Translation!]!
  }
  type TranslatableContent { key: String! value: String digest: String locale: String! type: String! }
  type Translation { key: String! value: String locale: String! outdated: Boolean! updatedAt: String market: Market }
  input TranslationInput {
    locale: String!
    key: String!
    value: String!
    translatableContentDigest: String!
    marketId: ID
  }
  type TranslationsRegisterPayload { translations: [Translation!] userErrors: [TranslationUserError!]! }
  type TranslationUserError { field: [String!] message: String! code: String }
`);

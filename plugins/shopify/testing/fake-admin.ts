import { createHash } from "node:crypto";
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  type ValueNode,
  validate,
  visit,
} from "graphql";
import { fakeAdminSchema } from "./fake-admin-schema.ts";
import { type LocalServer, listenLocally, sendJson } from "./http.ts";

/**
 * A stand-in for Shopify's Admin GraphQL endpoint that enforces what Shopify enforces for translations:
 * the digest must be the current source's, the market must exist, the locale must be published; and
 * it throttles by cost like Shopify's leaky bucket, reporting `extensions.cost` on every answer.
 */
export type FakeField = { value: string; type: "SINGLE_LINE_TEXT_FIELD" | "MULTI_LINE_TEXT_FIELD" | "HTML" | "URI" };
export type FakeProduct = { id: string; fields: Record<string, FakeField> };
export type FakeLocale = { locale: string; name: string; primary: boolean; published: boolean };
export type FakeMarket = { id: string; name: string; handle: string; countryCodes: string[] };

export type StoredTranslation = { value: string; sourceDigest: string; updatedAt: string };
export type RecordedRequest = { operationName: string | null; variables: Record<string, unknown>; throttled: boolean };

export type FakeAdminOptions = {
  apiVersion: string;
  accessToken: string;
  locales: FakeLocale[];
  markets: FakeMarket[];
  products: FakeProduct[];
  bucket?: { maximumAvailable: number; restoreRate: number };
};

export function digestOf(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function translationKey(resourceId: string, locale: string, marketId: string | null, key: string): string {
  return [resourceId, locale, marketId ?? "", key].join("|");
}

export type FakeAdmin = LocalServer & {
  readonly requests: RecordedRequest[];
  readonly translations: Map<string, StoredTranslation>;
  translation(resourceId: string, locale: string, marketId: string | null, key: string): StoredTranslation | undefined;
  /** A translation made earlier (by another app or by hand) from the current source. */
  seedTranslation(resourceId: string, locale: string, marketId: string | null, key: string, value: string): void;
  /** A merchant edit: the source changes, so its digest does too. */
  editProduct(resourceId: string, key: string, value: string): void;
  /** Empties the bucket (as after a burst of other apps' calls). */
  drainBucket(): void;
  /** The next request answers with this top-level GraphQL error (as Shopify does on an internal error). */
  failNextRequest(message: string): void;
};

export async function startFakeAdmin(options: FakeAdminOptions): Promise<FakeAdmin> {
  const products = new Map(options.products.map((product) => [product.id, structuredClone(product)]));
  const translations = new Map<string, StoredTranslation>();
  const requests: RecordedRequest[] = [];
  let nextFailure: string | null = null;
  const bucket = {
    maximumAvailable: options.bucket?.maximumAvailable ?? 1000,
    restoreRate: options.bucket?.restoreRate ?? 50,
    available: options.bucket?.maximumAvailable ?? 1000,
    at: Date.now(),
  };

  function refill(): void {
    const now = Date.now();
    bucket.available = Math.min(
      bucket.maximumAvailable,
      bucket.available + ((now - bucket.at) / 1000) * bucket.restoreRate,
    );
    bucket.at = now;
  }

  function throttleStatus() {
    return {
      maximumAvailable: bucket.maximumAvailable,
      currentlyAvailable: Math.floor(bucket.available),
      restoreRate: bucket.restoreRate,
    };
  }

  function resource(product: FakeProduct) {
    return {
      resourceId: product.id,
      translatableContent: Object.entries(product.fields).map(([key, field]) => ({
        key,
        value: field.value,
        digest: digestOf(field.value),
        locale: options.locales.find((locale) => locale.primary)?.locale ?? "en",
        type: field.type,
      })),
      translations: (args: { locale: string; marketId?: string | null }) =>
        Object.entries(product.fields).flatMap(([key, field]) => {
          const stored = translations.get(translationKey(product.id, args.locale, args.marketId ?? null, key));
          if (!stored) return [];
          return [
            {
              key,
              value: stored.value,
              locale: args.locale,
              outdated: stored.sourceDigest !== digestOf(field.value),
              updatedAt: stored.updatedAt,
            },
          ];
        }),
    };
  }

  function registerTranslations(args: {
    resourceId: string;
    translations: {
      locale: string;
      key: string;
      value: string;
      translatableContentDigest: string;
      marketId?: string | null;
    }[];
  }) {
    const product = products.get(args.resourceId);
    if (!product) {
      return {
        translations: null,
        userErrors: [{ field: ["resourceId"], message: "Resource does not exist", code: "RESOURCE_NOT_FOUND" }],
      };
    }
    const userErrors: { field: string[]; message: string; code: string }[] = [];
    args.translations.forEach((input, index) => {
      const field = (name: string) => ["translations", String(index), name];
      const locale = options.locales.find((candidate) => candidate.locale === input.locale);
      const source = product.fields[input.key];
      if (!locale)
        userErrors.push({
          field: field("locale"),
          message: `Locale ${input.locale} is not enabled`,
          code: "INVALID_LOCALE_FOR_SHOP",
        });
      else if (!locale.published)
        userErrors.push({
          field: field("locale"),
          message: `Locale ${input.locale} is not published`,
          code: "INVALID_LOCALE_FOR_SHOP",
        });
      if (input.marketId && !options.markets.some((market) => market.id === input.marketId)) {
        userErrors.push({ field: field("marketId"), message: "Market does not exist", code: "MARKET_DOES_NOT_EXIST" });
      }
      if (!source) {
        userErrors.push({
          field: field("key"),
          message: `Key ${input.key} is not translatable`,
          code: "INVALID_KEY_FOR_MODEL",
        });
      } else if (input.translatableContentDigest !== digestOf(source.value)) {
        userErrors.push({
          field: field("translatableContentDigest"),
          message: "Translatable content hash is invalid",
          code: "INVALID_TRANSLATABLE_CONTENT",
        });
      }
      if (!input.value.trim())
        userErrors.push({ field: field("value"), message: "Value can't be blank", code: "BLANK" });
      if (input.key === "handle" && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.value)) {
        userErrors.push({
          field: field("value"),
          message: "Invalid handle",
          code: "INVALID_VALUE_FOR_HANDLE_TRANSLATION",
        });
      }
    });
    if (userErrors.length > 0) return { translations: null, userErrors };
    const updatedAt = new Date().toISOString();
    const written = args.translations.map((input) => {
      const sourceDigest = input.translatableContentDigest;
      translations.set(translationKey(args.resourceId, input.locale, input.marketId ?? null, input.key), {
        value: input.value,
        sourceDigest,
        updatedAt,
      });
      return { key: input.key, value: input.value, locale: input.locale, outdated: false, updatedAt };
    });
    return { translations: written, userErrors: [] };
  }

  const ordered = () => [...products.values()];
  const rootValue = {
    shopLocales: () => options.locales,
    markets: () => ({
      nodes: options.markets.map((market) => ({
        ...market,
        conditions: {
          regionsCondition: {
            regions: () => ({
              nodes: market.countryCodes.map((code) => ({
                __typename: "MarketRegionCountry",
                id: `gid://shopify/MarketRegionCountry/${code}`,
                name: code,
                code,
              })),
            }),
          },
        },
      })),
    }),
    productsCount: () => ({ count: products.size }),
    translatableResource: (args: { resourceId: string }) => {
      const product = products.get(args.resourceId);
      return product ? resource(product) : null;
    },
    translatableResources: (args: { resourceType: string; first?: number; after?: string | null }) => {
      const all = args.resourceType === "PRODUCT" ? ordered() : [];
      const start = args.after ? all.findIndex((product) => product.id === args.after) + 1 : 0;
      const page = all.slice(start, start + (args.first ?? 10));
      const last = page.at(-1);
      return {
        nodes: page.map(resource),
        pageInfo: { hasNextPage: start + page.length < all.length, endCursor: last ? last.id : null },
      };
    },
    translationsRegister: registerTranslations,
  };

  const server = await listenLocally(async (request, body, response) => {
    const expectedPath = `/admin/api/${options.apiVersion}/graphql.json`;
    if (request.method !== "POST" || request.url !== expectedPath) {
      sendJson(response, 404, { errors: "Not Found" });
      return;
    }
    if (request.headers["x-shopify-access-token"] !== options.accessToken) {
      sendJson(response, 401, {
        errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
      });
      return;
    }
    if (nextFailure) {
      sendJson(response, 200, { errors: [{ message: nextFailure, extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      nextFailure = null;
      return;
    }
    const payload = JSON.parse(body) as { query: string; variables?: Record<string, unknown>; operationName?: string };
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch (error) {
      sendJson(response, 200, { errors: [{ message: String(error) }] });
      return;
    }
    const validationErrors = validate(fakeAdminSchema, document);
    if (validationErrors.length > 0) {
      sendJson(response, 200, { errors: validationErrors.map((error) => ({ message: error.message })) });
      return;
    }
    const variables = payload.variables ?? {};
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const cost = requestedCost(document, variables);
    refill();
    const throttled = bucket.available < cost;
    requests.push({ operationName: operation?.name?.value ?? null, variables, throttled });
    if (throttled) {
      sendJson(response, 200, {
        errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }],
        extensions: { cost: { requestedQueryCost: cost, actualQueryCost: null, throttleStatus: throttleStatus() } },
      });
      return;
    }
    bucket.available -= cost;
    const result = await execute({ schema: fakeAdminSchema, document, rootValue, variableValues: variables });
    sendJson(response, 200, {
      ...(result.errors ? { errors: result.errors.map((error: GraphQLError) => ({ message: error.message })) } : {}),
      data: result.data ?? null,
      extensions: { cost: { requestedQueryCost: cost, actualQueryCost: cost, throttleStatus: throttleStatus() } },
    });
  });

  return {
    ...server,
    requests,
    translations,
    translation: (resourceId, locale, marketId, key) =>
      translations.get(translationKey(resourceId, locale, marketId, key)),
    seedTranslation(resourceId, locale, marketId, key, value) {
      const source = products.get(resourceId)?.fields[key];
      if (!source) throw new Error(`no ${key} on ${resourceId}`);
      translations.set(translationKey(resourceId, locale, marketId, key), {
        value,
        sourceDigest: digestOf(source.value),
        updatedAt: new Date().toISOString(),
      });
    },
    editProduct(resourceId, key, value) {
      const product = products.get(resourceId);
      const field = product?.fields[key];
      if (!product || !field) throw new Error(`no ${key} on ${resourceId}`);
      product.fields[key] = { ...field, value };
    },
    failNextRequest(message) {
      nextFailure = message;
    },
    drainBucket() {
      refill();
      bucket.available = 0;
    },
  };
}

/** Shopify's calculated cost, simplified: 10 per mutation; 1 per query plus the size of each page asked for. */
function requestedCost(document: DocumentNode, variables: Record<string, unknown>): number {
  let cost = 0;
  visit(document, {
    OperationDefinition(node) {
      cost += node.operation === "mutation" ? 10 : 1;
    },
    Field(node) {
      const first = node.arguments?.find((argument) => argument.name.value === "first");
      if (first) cost += numberOf(first.value, variables);
    },
  });
  return cost;
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const bound = variables[value.name.value];
    return typeof bound === "number" ? bound : 0;
  }
  return 0;
}

import { z } from "zod";
import { type TargetMarket, targetMarkets } from "../markets.ts";
import { type AdminGraphql, type AdminRequestOptions, adminRequest } from "./graphql.server.ts";
import {
  productQuery,
  productsCountQuery,
  productsPageQuery,
  shopContextQuery,
  slotVariables,
  type TranslationSlot,
  translationsRegisterMutation,
} from "./queries.ts";

const contentSchema = z.object({
  key: z.string(),
  value: z.string().nullable(),
  digest: z.string().nullable(),
  locale: z.string(),
  type: z.string(),
});
const translationSchema = z.object({
  key: z.string(),
  value: z.string().nullable(),
  locale: z.string(),
  outdated: z.boolean(),
});
export type TranslatableContent = z.infer<typeof contentSchema>;
export type ExistingTranslation = z.infer<typeof translationSchema>;

/** A target market as this shop can receive it: its market id and whether its locale is published. */
export type ResolvedTarget = TargetMarket & {
  readonly marketId: string | null;
  readonly localePublished: boolean;
  /** Why nothing can be written for this target yet, for the merchant to fix in Shopify. */
  readonly problem: string | null;
};

export type ShopContext = {
  primaryLocale: string;
  locales: { locale: string; name: string; primary: boolean; published: boolean }[];
  markets: { id: string; name: string; countryCodes: string[] }[];
};

const shopContextSchema = z.object({
  shopLocales: z.array(
    z.object({ locale: z.string(), name: z.string(), primary: z.boolean(), published: z.boolean() }),
  ),
  markets: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        conditions: z.object({
          regionsCondition: z
            .object({ regions: z.object({ nodes: z.array(z.object({ code: z.string().optional() })) }) })
            .nullable(),
        }),
      }),
    ),
  }),
});

export async function readShopContext(graphql: AdminGraphql, options?: AdminRequestOptions): Promise<ShopContext> {
  const data = shopContextSchema.parse(await adminRequest(graphql, shopContextQuery, {}, options));
  const primary = data.shopLocales.find((locale) => locale.primary);
  return {
    primaryLocale: primary?.locale ?? "en",
    locales: data.shopLocales,
    markets: data.markets.nodes.map((market) => ({
      id: market.id,
      name: market.name,
      countryCodes: (market.conditions.regionsCondition?.regions.nodes ?? []).flatMap((region) =>
        region.code ? [region.code] : [],
      ),
    })),
  };
}

export function resolveTargets(context: ShopContext, locales: readonly string[]): ResolvedTarget[] {
  return targetMarkets
    .filter((target) => locales.includes(target.locale))
    .map((target) => {
      const shopLocale = context.locales.find((locale) => locale.locale === target.shopLocale);
      const market = context.markets.find((candidate) => candidate.countryCodes.includes(target.countryCode));
      const localePublished = shopLocale?.published === true;
      let problem: string | null = null;
      if (!shopLocale) problem = `Add the ${target.shopLocale} language to the shop.`;
      else if (!localePublished) problem = `Publish the ${target.shopLocale} language.`;
      else if (target.marketScoped && !market) problem = `No market includes ${target.countryCode}.`;
      return { ...target, marketId: target.marketScoped ? (market?.id ?? null) : null, localePublished, problem };
    });
}

export function translationSlots(targets: readonly ResolvedTarget[]): TranslationSlot[] {
  return targets.map((target, index) => ({ alias: `t${index}`, locale: target.shopLocale, marketId: target.marketId }));
}

export type ProductTranslations = {
  resourceId: string;
  content: TranslatableContent[];
  /** Translations per target, in the order of the targets asked for. */
  translations: ExistingTranslation[][];
};

function parseResource(node: unknown, slots: readonly TranslationSlot[]): ProductTranslations {
  const base = z.object({ resourceId: z.string(), translatableContent: z.array(contentSchema) }).parse(node);
  const record = z.record(z.string(), z.unknown()).parse(node);
  return {
    resourceId: base.resourceId,
    content: base.translatableContent,
    translations: slots.map((slot) => z.array(translationSchema).parse(record[slot.alias] ?? [])),
  };
}

export async function readProductsPage(
  graphql: AdminGraphql,
  targets: readonly ResolvedTarget[],
  page: { first: number; after: string | null },
  options?: AdminRequestOptions,
): Promise<{ products: ProductTranslations[]; nextCursor: string | null }> {
  const slots = translationSlots(targets);
  const data = z
    .object({
      translatableResources: z.object({
        nodes: z.array(z.unknown()),
        pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
      }),
    })
    .parse(
      await adminRequest(
        graphql,
        productsPageQuery(slots),
        { first: page.first, after: page.after, ...slotVariables(slots) },
        options,
      ),
    );
  const { nodes, pageInfo } = data.translatableResources;
  return {
    products: nodes.map((node) => parseResource(node, slots)),
    nextCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null,
  };
}

export async function readProduct(
  graphql: AdminGraphql,
  targets: readonly ResolvedTarget[],
  resourceId: string,
  options?: AdminRequestOptions,
): Promise<ProductTranslations | null> {
  const slots = translationSlots(targets);
  const data = z
    .object({ translatableResource: z.unknown() })
    .parse(await adminRequest(graphql, productQuery(slots), { resourceId, ...slotVariables(slots) }, options));
  return data.translatableResource ? parseResource(data.translatableResource, slots) : null;
}

export async function countProducts(graphql: AdminGraphql, options?: AdminRequestOptions): Promise<number> {
  const data = z
    .object({ productsCount: z.object({ count: z.number() }) })
    .parse(await adminRequest(graphql, productsCountQuery, {}, options));
  return data.productsCount.count;
}

export type TranslationInput = {
  locale: string;
  key: string;
  value: string;
  translatableContentDigest: string;
  marketId?: string;
};

export type RegisterUserError = { field: string[] | null; message: string; code: string | null };

const registerSchema = z.object({
  translationsRegister: z.object({
    userErrors: z.array(
      z.object({ field: z.array(z.string()).nullable(), message: z.string(), code: z.string().nullable() }),
    ),
  }),
});

export async function registerTranslations(
  graphql: AdminGraphql,
  resourceId: string,
  translations: readonly TranslationInput[],
  options?: AdminRequestOptions,
): Promise<RegisterUserError[]> {
  const data = registerSchema.parse(
    await adminRequest(graphql, translationsRegisterMutation, { resourceId, translations }, options),
  );
  return data.translationsRegister.userErrors;
}

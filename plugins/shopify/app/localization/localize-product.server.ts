import type { AdminGraphql, AdminRequestOptions } from "../admin/graphql.server.ts";
import {
  type ProductTranslations,
  type ResolvedTarget,
  registerTranslations,
  type TranslationInput,
} from "../admin/resources.server.ts";
import type { AppDatabase } from "../db.server.ts";
import type { Adaptation, FrontierClient } from "../frontier/client.server.ts";
import { fieldsNeedingWork, type SourceField, sourceFields, toHandle } from "./fields.ts";
import { rememberLocalizedField } from "./localized-fields.server.ts";
import {
  nothingPublished,
  type PublishOutcome,
  publishStorefrontCopy,
  queueStorefrontCopy,
  storefrontField,
} from "./storefront-copy.server.ts";

export type LocalizeSettings = { sourceLocale: string; translateHandles: boolean };

/** Which fields to localize: those missing or outdated per target, every field, or named keys only. */
export type FieldSelection = { kind: "needing-work" } | { kind: "all" } | { kind: "keys"; keys: readonly string[] };

export type LocalizedField = SourceField & { localized: string; adaptations: Adaptation[] };
export type LocalizedTarget = { target: ResolvedTarget; fields: LocalizedField[] };

export type LocalizeDependencies = {
  graphql: AdminGraphql;
  frontier: FrontierClient;
  database: AppDatabase;
  shop: string;
  adminOptions?: AdminRequestOptions;
};

/**
 * What one product's write came to; `requeued` means the source changed while Frontier was translating, and
 * `storefront` what publishing the description for the theme block came to (after the translations were written).
 */
export type ProductOutcome = {
  resourceId: string;
  written: number;
  requeued: boolean;
  errors: string[];
  storefront: PublishOutcome;
};

function selectFields(
  product: ProductTranslations,
  fields: readonly SourceField[],
  targetIndex: number,
  selection: FieldSelection,
): SourceField[] {
  if (selection.kind === "all") return [...fields];
  if (selection.kind === "keys") return fields.filter((field) => selection.keys.includes(field.key));
  return fieldsNeedingWork(fields, product.translations[targetIndex] ?? []);
}

/**
 * Localizes a product's fields through Frontier for every target that can receive them: one localize call
 * per field with all its targets, `body_html` as html so markup stays intact. Nothing is written here.
 */
export async function localizeFields(
  frontier: FrontierClient,
  product: ProductTranslations,
  targets: readonly ResolvedTarget[],
  settings: LocalizeSettings,
  selection: FieldSelection,
): Promise<LocalizedTarget[]> {
  const fields = sourceFields(product.content, settings);
  const wanted = targets.map((target, index) =>
    target.problem ? [] : selectFields(product, fields, index, selection).map((field) => field.key),
  );
  const results = targets.map((target) => ({ target, fields: [] as LocalizedField[] }));
  for (const field of fields) {
    const receiving = targets.flatMap((target, index) => (wanted[index]?.includes(field.key) ? [target.locale] : []));
    if (receiving.length === 0) continue;
    const isHandle = field.key === "handle";
    const localized = await frontier.localize({
      content: isHandle ? field.value.replaceAll("-", " ") : field.value,
      format: field.format,
      sourceLocale: settings.sourceLocale,
      targetLocales: receiving,
    });
    for (const result of localized) {
      const entry = results.find((candidate) => candidate.target.locale === result.locale);
      entry?.fields.push({
        ...field,
        localized: isHandle ? toHandle(result.content) : result.content,
        adaptations: result.adaptations,
      });
    }
  }
  return results;
}

/**
 * Writes localized fields with `translationsRegister`: the digest of the exact source that was translated,
 * and the market id for market-specific Spanish. A digest Shopify no longer accepts (the source changed
 * meanwhile) marks the product for another pass instead of failing it. Then the written descriptions (and
 * any left pending by an earlier failure) are published as the product's storefront copy.
 */
export async function writeLocalizedFields(
  dependencies: LocalizeDependencies,
  product: ProductTranslations,
  localized: readonly LocalizedTarget[],
  settings: LocalizeSettings,
): Promise<ProductOutcome> {
  const { resourceId } = product;
  const outcome: ProductOutcome = { resourceId, written: 0, requeued: false, errors: [], storefront: nothingPublished };
  for (const { target, fields } of localized) {
    if (fields.length === 0) continue;
    const inputs: TranslationInput[] = fields.map((field) => ({
      locale: target.shopLocale,
      key: field.key,
      value: field.localized,
      translatableContentDigest: field.digest,
      ...(target.marketId ? { marketId: target.marketId } : {}),
    }));
    const userErrors = await registerTranslations(dependencies.graphql, resourceId, inputs, dependencies.adminOptions);
    if (userErrors.some((error) => error.code === "INVALID_TRANSLATABLE_CONTENT")) {
      outcome.requeued = true;
      continue;
    }
    if (userErrors.length > 0) {
      outcome.errors.push(
        ...userErrors.map((error) => `${target.locale}: ${error.message} (${error.code ?? "no code"})`),
      );
      continue;
    }
    for (const field of fields) {
      rememberLocalizedField(dependencies.database, {
        shop: dependencies.shop,
        resourceId,
        key: field.key,
        targetLocale: target.locale,
        sourceDigest: field.digest,
      });
    }
    outcome.written += fields.length;
    const description = fields.find((field) => field.key === storefrontField);
    if (description) {
      const copy = { shop: dependencies.shop, resourceId, origin: "localized" as const };
      queueStorefrontCopy(dependencies.database, { ...copy, locale: target.locale, content: description.localized });
      queueStorefrontCopy(dependencies.database, {
        ...copy,
        locale: settings.sourceLocale,
        content: description.value,
        origin: "source",
      });
    }
  }
  // Only now, with the Shopify translations safely written: a failed publish stays pending and loses nothing.
  outcome.storefront = await publishStorefrontCopy(dependencies, product, settings.sourceLocale);
  return outcome;
}

export async function localizeProduct(
  dependencies: LocalizeDependencies,
  product: ProductTranslations,
  targets: readonly ResolvedTarget[],
  settings: LocalizeSettings,
  selection: FieldSelection,
): Promise<ProductOutcome> {
  const localized = await localizeFields(dependencies.frontier, product, targets, settings, selection);
  return writeLocalizedFields(dependencies, product, localized, settings);
}

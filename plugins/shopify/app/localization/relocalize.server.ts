import { readProduct, readShopContext, resolveTargets } from "../admin/resources.server.ts";
import { readSettings } from "../settings.server.ts";
import { sourceFields } from "./fields.ts";
import { type LocalizeDependencies, localizeProduct, type ProductOutcome } from "./localize-product.server.ts";
import { localizedFieldsOf } from "./localized-fields.server.ts";
import { type PublishOutcome, publishStorefrontCopy } from "./storefront-copy.server.ts";

export type RelocalizeResult =
  | { kind: "skipped"; reason: string }
  /** Nothing changed, but storefront copy left pending by an earlier failure was sent again. */
  | { kind: "storefront-retried"; storefront: PublishOutcome }
  | { kind: "relocalized"; changedKeys: string[]; outcome: ProductOutcome };

/**
 * After `products/update`: re-localizes only the fields whose source digest differs from the digest their
 * translation was made from. Translation writes leave the source (and so its digest) alone, so the
 * update that our own write may trigger finds nothing changed and stops there (after sending any storefront copy
 * an earlier failure left pending, which makes that update the retry).
 */
export async function relocalizeChangedFields(
  dependencies: LocalizeDependencies,
  resourceId: string,
): Promise<RelocalizeResult> {
  const settings = readSettings(dependencies.database, dependencies.shop);
  if (settings.targetLocales.length === 0) return { kind: "skipped", reason: "no target markets chosen" };
  const remembered = localizedFieldsOf(dependencies.database, dependencies.shop, resourceId);
  if (remembered.length === 0) return { kind: "skipped", reason: "product not localized by Frontier yet" };

  const context = await readShopContext(dependencies.graphql, dependencies.adminOptions);
  const targets = resolveTargets(context, settings.targetLocales);
  const product = await readProduct(dependencies.graphql, targets, resourceId, dependencies.adminOptions);
  if (!product) return { kind: "skipped", reason: "product no longer exists" };

  const fields = sourceFields(product.content, settings);
  const changedKeys = fields
    .filter((field) => remembered.some((entry) => entry.key === field.key && entry.sourceDigest !== field.digest))
    .map((field) => field.key);
  if (changedKeys.length === 0) {
    const storefront = await publishStorefrontCopy(dependencies, product, settings.sourceLocale);
    if (storefront.published + storefront.pending + storefront.failed > 0)
      return { kind: "storefront-retried", storefront };
    return { kind: "skipped", reason: "no field's source changed" };
  }

  const selection = { kind: "keys", keys: changedKeys } as const;
  let outcome = await localizeProduct(dependencies, product, targets, settings, selection);
  if (outcome.requeued) {
    // The source moved again while translating: read it once more and write against the new digest.
    const fresh = await readProduct(dependencies.graphql, targets, resourceId, dependencies.adminOptions);
    if (fresh) outcome = await localizeProduct(dependencies, fresh, targets, settings, selection);
  }
  return { kind: "relocalized", changedKeys, outcome };
}

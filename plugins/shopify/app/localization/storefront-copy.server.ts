import type { ProductTranslations } from "../admin/resources.server.ts";
import type { AppDatabase } from "../db.server.ts";
import type { FrontierClient } from "../frontier/client.server.ts";
import { FrontierApiError } from "../frontier/errors.ts";

/**
 * The copy the theme block's `<frontier-localized>` reads: the localized description (`body_html`) of each
 * product, published in Frontier as the document `shopify-product-<numeric id>` per market locale, with the
 * source in the shop's source locale. The element renders one piece of copy, and the description is the one a
 * product page shows in the block's place; titles and SEO fields stay Shopify translations only.
 *
 * Each locale's text is kept here first (`pending`), then published; a publish that fails stays pending with its
 * error and is sent again on the next pass over the product (bulk retry, `products/update`, "Save translations"),
 * while the Shopify translation already written stays as it is.
 */
export const storefrontField = "body_html";

export type StorefrontCopyStatus = "pending" | "published" | "failed";

export type StorefrontCopy = {
  locale: string;
  status: StorefrontCopyStatus;
  version: number | null;
  error: string | null;
  updatedAt: string;
};

/** What one pass published; `retryable` when a locale failed in a way a later pass may get through. */
export type PublishOutcome = {
  published: number;
  pending: number;
  failed: number;
  errors: string[];
  retryable: boolean;
};

export const nothingPublished: PublishOutcome = { published: 0, pending: 0, failed: 0, errors: [], retryable: false };

/** `gid://shopify/Product/8123` → `shopify-product-8123`, the id the theme block renders. */
export function storefrontDocumentId(resourceId: string): string {
  const numeric = /^gid:\/\/shopify\/Product\/(\d+)$/.exec(resourceId)?.[1];
  if (!numeric) throw new Error(`not a product id: ${resourceId}`);
  return `shopify-product-${numeric}`;
}

/**
 * Keeps a locale's text to publish. Text equal to what is already published stays published (nothing to send);
 * anything else becomes pending.
 */
export function queueStorefrontCopy(
  database: AppDatabase,
  entry: { shop: string; resourceId: string; locale: string; content: string; origin: "source" | "localized" },
): void {
  database
    .prepare(
      `INSERT INTO storefront_copy (shop, resource_id, locale, content, origin, status, attempts, updated_at)
       VALUES (?, ?, ?, ?, ?, 'pending', 0, ?)
       ON CONFLICT (shop, resource_id, locale) DO UPDATE SET
         content = excluded.content, origin = excluded.origin, updated_at = excluded.updated_at,
         status = CASE WHEN storefront_copy.status = 'published' AND storefront_copy.content = excluded.content
                  THEN 'published' ELSE 'pending' END,
         error = CASE WHEN storefront_copy.status = 'published' AND storefront_copy.content = excluded.content
                 THEN NULL ELSE storefront_copy.error END,
         attempts = CASE WHEN storefront_copy.content = excluded.content THEN storefront_copy.attempts ELSE 0 END`,
    )
    .run(entry.shop, entry.resourceId, entry.locale, entry.content, entry.origin, new Date().toISOString());
}

export function storefrontCopyOf(database: AppDatabase, shop: string, resourceId: string): StorefrontCopy[] {
  return database
    .prepare(
      "SELECT locale, status, version, error, updated_at FROM storefront_copy WHERE shop = ? AND resource_id = ? ORDER BY locale",
    )
    .all(shop, resourceId)
    .map((row) => ({
      locale: String(row.locale),
      status: row.status === "published" || row.status === "failed" ? row.status : "pending",
      version: typeof row.version === "number" ? row.version : null,
      error: typeof row.error === "string" ? row.error : null,
      updatedAt: String(row.updated_at),
    }));
}

function pendingOf(database: AppDatabase, shop: string, resourceId: string) {
  return database
    .prepare(
      "SELECT locale, content, origin, attempts FROM storefront_copy WHERE shop = ? AND resource_id = ? AND status = 'pending' ORDER BY locale",
    )
    .all(shop, resourceId)
    .map((row) => ({
      locale: String(row.locale),
      content: String(row.content),
      origin: row.origin === "source" ? ("source" as const) : ("localized" as const),
      attempts: Number(row.attempts),
    }));
}

function settle(
  database: AppDatabase,
  key: { shop: string; resourceId: string; locale: string; content: string },
  result: { status: StorefrontCopyStatus; version?: number; error?: string; attempts: number },
): void {
  // Only the text that was sent: a newer text queued meanwhile stays pending.
  database
    .prepare(
      `UPDATE storefront_copy SET status = ?, version = COALESCE(?, version), error = ?, attempts = ?, updated_at = ?
       WHERE shop = ? AND resource_id = ? AND locale = ? AND content = ?`,
    )
    .run(
      result.status,
      result.version ?? null,
      result.error ?? null,
      result.attempts,
      new Date().toISOString(),
      key.shop,
      key.resourceId,
      key.locale,
      key.content,
    );
}

export type PublishDependencies = { frontier: FrontierClient; database: AppDatabase; shop: string };

/**
 * Publishes the product's pending locales: the document is created when missing, then each locale's text is
 * published. Failures are recorded per locale, never thrown: a Frontier outage (retryable) leaves the locale
 * pending, a refusal (e.g. a key without `content:publish`) marks it failed until its text is queued again.
 */
export async function publishStorefrontCopy(
  dependencies: PublishDependencies,
  product: ProductTranslations,
  sourceLocale: string,
): Promise<PublishOutcome> {
  // One pass per product at a time (a webhook and the bulk job may overlap): a pass reads the pending text when
  // it starts, so an older text can never reach the server after a newer one.
  const key = `${dependencies.shop} ${product.resourceId}`;
  const previous = passes.get(key) ?? Promise.resolve();
  const pass = previous.then(() => publishPass(dependencies, product, sourceLocale));
  const settled = pass.then(
    () => {},
    () => {},
  );
  passes.set(key, settled);
  try {
    return await pass;
  } finally {
    if (passes.get(key) === settled) passes.delete(key);
  }
}

const passes = new Map<string, Promise<void>>();

async function publishPass(
  dependencies: PublishDependencies,
  product: ProductTranslations,
  sourceLocale: string,
): Promise<PublishOutcome> {
  const { database, frontier, shop } = dependencies;
  const { resourceId } = product;
  const pending = pendingOf(database, shop, resourceId);
  if (pending.length === 0) return nothingPublished;
  const outcome: PublishOutcome = { ...nothingPublished, errors: [] };
  const id = storefrontDocumentId(resourceId);
  let documentError: FrontierApiError | null = null;
  try {
    const title = product.content.find((entry) => entry.key === "title")?.value?.trim();
    await frontier.saveDocument({ id, name: (title || id).slice(0, 200), format: "html", sourceLocale });
  } catch (error) {
    if (!(error instanceof FrontierApiError)) throw error;
    documentError = error;
  }
  for (const copy of pending) {
    const key = { shop, resourceId, locale: copy.locale, content: copy.content };
    let failure = documentError;
    if (!failure) {
      try {
        const published = await frontier.publish({
          id,
          locale: copy.locale,
          content: copy.content,
          origin: copy.origin,
        });
        settle(database, key, { status: "published", version: published.version, attempts: copy.attempts + 1 });
        outcome.published++;
        continue;
      } catch (error) {
        if (!(error instanceof FrontierApiError)) throw error;
        failure = error;
      }
    }
    const message = `storefront copy ${copy.locale}: ${failure.message}`;
    outcome.errors.push(message);
    if (failure.isRetryable) {
      settle(database, key, { status: "pending", error: message, attempts: copy.attempts + 1 });
      outcome.pending++;
      outcome.retryable = true;
    } else {
      settle(database, key, { status: "failed", error: message, attempts: copy.attempts + 1 });
      outcome.failed++;
    }
  }
  return outcome;
}

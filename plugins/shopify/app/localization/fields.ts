import type { ExistingTranslation, TranslatableContent } from "../admin/resources.server.ts";
import type { LocalizeFormat } from "../frontier/client.server.ts";

/** Product keys Frontier writes. `handle` changes storefront URLs, so it is written only when the merchant opts in. */
const productKeys = ["title", "body_html", "product_type", "meta_title", "meta_description"] as const;

export type TranslationStatus = "missing" | "outdated" | "done";

export type FieldOptions = { translateHandles: boolean };

export type SourceField = { key: string; value: string; digest: string; format: LocalizeFormat };

/** The fields of a product that Frontier localizes: known keys with a non-empty source and a digest. */
export function sourceFields(content: readonly TranslatableContent[], options: FieldOptions): SourceField[] {
  const keys: readonly string[] = options.translateHandles ? [...productKeys, "handle"] : productKeys;
  return content.flatMap((entry) => {
    if (!keys.includes(entry.key) || !entry.value?.trim() || !entry.digest) return [];
    const format: LocalizeFormat = entry.key === "body_html" || entry.type === "HTML" ? "html" : "text";
    return [{ key: entry.key, value: entry.value, digest: entry.digest, format }];
  });
}

function fieldState(field: SourceField, translations: readonly ExistingTranslation[]): TranslationStatus {
  const translation = translations.find((candidate) => candidate.key === field.key);
  if (!translation?.value) return "missing";
  return translation.outdated ? "outdated" : "done";
}

/** missing if any field lacks a translation, else outdated if any translation is stale, else done. */
export function translationStatus(
  fields: readonly SourceField[],
  translations: readonly ExistingTranslation[],
): TranslationStatus {
  const states = fields.map((field) => fieldState(field, translations));
  if (states.includes("missing")) return "missing";
  if (states.includes("outdated")) return "outdated";
  return "done";
}

/** Fields whose translation is missing or outdated for one target. */
export function fieldsNeedingWork(
  fields: readonly SourceField[],
  translations: readonly ExistingTranslation[],
): SourceField[] {
  return fields.filter((field) => fieldState(field, translations) !== "done");
}

/** A localized handle must stay a URL handle: lowercase ASCII words joined by hyphens. */
export function toHandle(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

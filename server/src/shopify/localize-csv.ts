import type { LocalizeDependencies } from "@frontier-ai/core";
import { detectFormat, type LocalizeRequest, localize, type MarkupFormat, resolveLocale } from "@frontier-ai/core";
import type { TranslationRow } from "./translation-csv.ts";

/** Fields whose value is copy. Handles are URLs: only with `handles: true`. Everything else is left alone. */
const copyFields = new Set([
  "title",
  "body_html",
  "summary_html",
  "product_type",
  "meta_title",
  "meta_description",
  "alt",
  "name",
  "value",
  "label",
  "description",
]);

export interface CsvLocalizeOptions {
  from: string;
  to: readonly string[];
  provider?: string;
  /** Localize `handle` rows too (off by default: a new handle changes the product's URL). */
  handles?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface CsvLocalizeSummary {
  rows: TranslationRow[];
  translated: number;
  untouched: number;
}

/** Shopify knows one `es` (and `pt-BR`); regional Spanish is `es` plus the market's translation. */
export function shopifyTarget(locale: string): { shopifyLocale: string; market: string } {
  const profile = resolveLocale(locale, "target_locales");
  return {
    shopifyLocale: profile.language.code === "pt" ? "pt-BR" : profile.language.code,
    market: profile.role === "contrast" ? "" : profile.name,
  };
}

function isCopy(row: TranslationRow, handles: boolean): boolean {
  if (row.defaultContent.trim() === "") return false;
  if (row.field === "handle") return handles;
  if (!copyFields.has(row.field)) return false;
  // Metafield values that are URLs, numbers, booleans or ids are data, not copy.
  return !/^(https?:\/\/\S+|-?\d+(\.\d+)?|true|false|gid:\/\/\S+)$/i.test(row.defaultContent.trim());
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * One output row per source row and target market: `Translated content` filled for copy fields,
 * `Default content` never changed, markup kept intact by the markup-safe pipeline.
 */
export async function localizeTranslationRows(
  rows: readonly TranslationRow[],
  options: CsvLocalizeOptions,
  dependencies: LocalizeDependencies,
): Promise<CsvLocalizeSummary> {
  const seen = new Set<string>();
  const sources = rows.filter((row) => {
    const key = `${row.type}\u0000${row.identification}\u0000${row.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const targets = options.to.map((locale) => ({ locale, ...shopifyTarget(locale) }));
  const byTarget: TranslationRow[][] = targets.map(() => []);
  let translated = 0;
  let untouched = 0;
  let done = 0;
  for (const source of sources) {
    const copy = isCopy(source, options.handles === true);
    const format: MarkupFormat = copy ? detectFormat(source.defaultContent) : "text";
    const request: LocalizeRequest = {
      content: source.field === "handle" ? source.defaultContent.replace(/-/g, " ") : source.defaultContent,
      format,
      from: options.from,
      to: targets.map((target) => target.locale),
      ...(options.provider !== undefined && { provider: options.provider }),
    };
    const results = copy ? await localize(request, dependencies) : [];
    targets.forEach((target, index) => {
      const result = results[index];
      const value = result
        ? source.field === "handle"
          ? slug(result.content)
          : result.content
        : source.translatedContent;
      if (result) translated++;
      else untouched++;
      byTarget[index]?.push({
        ...source,
        locale: target.shopifyLocale,
        market: target.market,
        translatedContent: value,
      });
    });
    options.onProgress?.(++done, sources.length);
  }
  return { rows: byTarget.flat(), translated, untouched };
}

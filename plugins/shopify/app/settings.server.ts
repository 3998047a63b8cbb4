import type { AppDatabase } from "./db.server.ts";
import { isSourceLocale, isTargetLocale, type SourceLocale, type TargetLocale } from "./markets.ts";

/** What a merchant chose: the variant the shop's own copy is written in, the target markets, handles or not. */
export type ShopSettings = {
  sourceLocale: SourceLocale;
  targetLocales: TargetLocale[];
  translateHandles: boolean;
};

export const defaultSettings: ShopSettings = { sourceLocale: "en", targetLocales: [], translateHandles: false };

export function readSettings(database: AppDatabase, shop: string): ShopSettings {
  const row = database
    .prepare("SELECT source_locale, target_locales, translate_handles FROM shop_settings WHERE shop = ?")
    .get(shop);
  if (!row) return defaultSettings;
  const sourceLocale = String(row.source_locale);
  const targets: unknown = JSON.parse(String(row.target_locales));
  return {
    sourceLocale: isSourceLocale(sourceLocale) ? sourceLocale : defaultSettings.sourceLocale,
    targetLocales: Array.isArray(targets)
      ? targets.filter((locale): locale is TargetLocale => typeof locale === "string" && isTargetLocale(locale))
      : [],
    translateHandles: row.translate_handles === 1,
  };
}

export function saveSettings(database: AppDatabase, shop: string, settings: ShopSettings): void {
  database
    .prepare(
      `INSERT INTO shop_settings (shop, source_locale, target_locales, translate_handles, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (shop) DO UPDATE SET source_locale = excluded.source_locale,
         target_locales = excluded.target_locales, translate_handles = excluded.translate_handles,
         updated_at = excluded.updated_at`,
    )
    .run(
      shop,
      settings.sourceLocale,
      JSON.stringify(settings.targetLocales),
      settings.translateHandles ? 1 : 0,
      new Date().toISOString(),
    );
}

/** Parses the settings form; unknown locales are refused rather than silently dropped. */
export function parseSettingsForm(
  form: FormData,
): { ok: true; settings: ShopSettings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const source = String(form.get("sourceLocale") ?? "");
  if (!isSourceLocale(source)) errors.push(`Unknown source locale: ${source || "(empty)"}`);
  const targets = form.getAll("targetLocales").map(String);
  const unknown = targets.filter((locale) => !isTargetLocale(locale));
  if (unknown.length > 0) errors.push(`Unknown target markets: ${unknown.join(", ")}`);
  if (targets.length === 0) errors.push("Choose at least one target market.");
  if (errors.length > 0 || !isSourceLocale(source)) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      sourceLocale: source,
      targetLocales: targets.filter(isTargetLocale),
      translateHandles: form.get("translateHandles") === "on",
    },
  };
}

import { parseLocalizeResults } from "./parse-results.ts";
import { apiUrl, bearer, readJson, send } from "./request.ts";
import type { LocalizeResult } from "./types.ts";

/** `POST /api/v1/localize` for one source text and several target locales. */
export async function localizeContent(options: {
  apiBase: string;
  token: string;
  content: string;
  sourceLocale: string;
  targetLocales: readonly string[];
  signal?: AbortSignal;
}): Promise<LocalizeResult[]> {
  const response = await send(apiUrl(options.apiBase, "/api/v1/localize"), {
    method: "POST",
    headers: { "Content-Type": "application/json", ...bearer(options.token) },
    body: JSON.stringify({
      content: options.content,
      format: "text",
      source_locale: options.sourceLocale,
      target_locales: options.targetLocales,
    }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return parseLocalizeResults(await readJson(response));
}

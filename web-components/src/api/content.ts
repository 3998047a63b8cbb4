import { FrontierApiError } from "./frontier-api-error.ts";
import { parsePublishedContent } from "./parse-content.ts";
import { apiUrl, readJson, send } from "./request.ts";
import type { PublishedContent } from "./types.ts";

/**
 * Walks the locale chain over the cacheable `GET /api/v1/content/:id`: a 404 means "no published copy in
 * this exact locale", so the next one is tried; any other failure stops the walk. Resolves `undefined` when
 * no locale in the chain has published copy. The key travels as `?key=` so the request stays simple (no
 * CORS preflight) and a CDN can cache it.
 *
 * When the answer says an A/B experiment runs and `visitor` gives an id (only with the visitor's consent), the
 * same URL plus `&visitor=` is asked for the visitor's variant; that answer is the visitor's own (private).
 * Should that second request fail, the shared answer is shown.
 */
export async function fetchPublishedContent(options: {
  apiBase: string;
  publishableKey: string;
  contentId: string;
  locales: readonly string[];
  visitor?: () => string | undefined;
  signal?: AbortSignal;
}): Promise<PublishedContent | undefined> {
  const init = options.signal === undefined ? {} : { signal: options.signal };
  for (const locale of options.locales) {
    const path = `/api/v1/content/${encodeURIComponent(options.contentId)}`;
    const query = { locale, key: options.publishableKey };
    let shared: PublishedContent;
    try {
      shared = parsePublishedContent(await readJson(await send(apiUrl(options.apiBase, path, query), init)));
    } catch (error) {
      if (error instanceof FrontierApiError && error.status === 404) continue;
      throw error;
    }
    const visitor = shared.experiment === true ? options.visitor?.() : undefined;
    if (visitor === undefined) return shared;
    try {
      const url = apiUrl(options.apiBase, path, { ...query, visitor });
      return parsePublishedContent(await readJson(await send(url, init)));
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return shared;
    }
  }
  return undefined;
}

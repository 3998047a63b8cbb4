import { FrontierApiError } from "./frontier-api-error.ts";
import { parsePublishedContent } from "./parse-content.ts";
import { apiUrl, readJson, send } from "./request.ts";
import type { PublishedContent } from "./types.ts";

/**
 * Walks the locale chain over the cacheable `GET /api/v1/content/:id`: a 404 means "no published copy in
 * this exact locale", so the next one is tried; any other failure stops the walk. Resolves `undefined` when
 * no locale in the chain has published copy. The key travels as `?key=` so the request stays simple (no
 * CORS preflight) and a CDN can cache it.
 */
export async function fetchPublishedContent(options: {
  apiBase: string;
  publishableKey: string;
  contentId: string;
  locales: readonly string[];
  signal?: AbortSignal;
}): Promise<PublishedContent | undefined> {
  for (const locale of options.locales) {
    const url = apiUrl(options.apiBase, `/api/v1/content/${encodeURIComponent(options.contentId)}`, {
      locale,
      key: options.publishableKey,
    });
    try {
      const response = await send(url, options.signal === undefined ? {} : { signal: options.signal });
      return parsePublishedContent(await readJson(response));
    } catch (error) {
      if (error instanceof FrontierApiError && error.status === 404) continue;
      throw error;
    }
  }
  return undefined;
}

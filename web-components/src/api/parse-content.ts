import { isRecord, numberField, stringField } from "./guards.ts";
import { invalidResponse } from "./request.ts";
import type { PublishedContent } from "./types.ts";

export function parsePublishedContent(body: unknown): PublishedContent {
  if (!isRecord(body)) throw invalidResponse("content");
  const content = stringField(body, "content");
  if (content === undefined) throw invalidResponse("content");
  const variantId = stringField(body, "variant_id");
  return {
    id: stringField(body, "id") ?? "",
    locale: stringField(body, "locale") ?? "",
    format: stringField(body, "format") ?? "text",
    content,
    version: numberField(body, "version") ?? 0,
    ...(variantId !== undefined && { variantId }),
    ...(body.experiment === true && { experiment: true }),
  };
}

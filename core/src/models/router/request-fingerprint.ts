import { createHash } from "node:crypto";
import type { ModelRequest } from "../contract/model-request.ts";

/** JSON with sorted keys, so `{a, b}` and `{b, a}` fingerprint alike. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined && typeof entry !== "function")
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableStringify(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * What makes two requests "the same": everything that shapes the answer (prompt, schema, sampling,
 * routing metadata, tenant), nothing that only shapes the call (signal, timeouts, idempotency key).
 * Text is NFC-normalized so visually equal prompts match.
 */
export function fingerprintRequest(request: ModelRequest): string {
  const normalized = {
    task: request.task,
    contentType: request.contentType,
    tenant: request.tenant,
    volume: request.volume,
    languagePair: request.languagePair,
    system: request.system?.normalize("NFC"),
    messages: request.messages.map((message) => ({ role: message.role, content: message.content.normalize("NFC") })),
    output: request.output && { name: request.output.name, schema: request.output.schema },
    temperature: request.temperature,
    maxTokens: request.maxTokens,
  };
  return createHash("sha256").update(stableStringify(normalized)).digest("hex");
}

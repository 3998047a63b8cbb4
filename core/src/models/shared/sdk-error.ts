import { ModelError } from "../errors/model-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { readRetryAfterMs, readShouldRetry } from "./retry-headers.ts";

/** The part of the Stainless SDKs' `APIError` (openai, @anthropic-ai/sdk) we read. */
interface SdkApiErrorShape {
  status: number | undefined;
  headers: Headers | undefined;
  message: string;
}

function isSdkApiError(error: unknown): error is SdkApiErrorShape {
  return error instanceof Error && "status" in error && "headers" in error;
}

function headerRecord(headers: Headers | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  headers?.forEach((value, key) => {
    record[key.toLowerCase()] = value;
  });
  return record;
}

/**
 * Maps whatever an SDK call threw into our typed errors. Status errors keep their headers so the
 * retry policy can read them; anything without a status (refused, reset, cut stream) is a retryable
 * network error.
 */
export function toProviderError(error: unknown, context: { provider: string; model: string }): Error {
  if (error instanceof ModelError) return error;
  if (isSdkApiError(error) && error.status !== undefined) {
    const headers = headerRecord(error.headers);
    return new ProviderApiError({
      message: `${context.provider}: ${error.message}`,
      provider: context.provider,
      model: context.model,
      status: error.status,
      headers,
      isRetryable: readShouldRetry(headers),
      retryAfterMs: readRetryAfterMs(headers),
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderApiError({
    message: `${context.provider}: connection failed: ${message}`,
    provider: context.provider,
    model: context.model,
    cause: error,
  });
}

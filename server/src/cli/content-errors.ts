import { InvalidContentRequestError, UnsupportedByProvidersError } from "@frontier-ai/core";
import { UsageError } from "./context.ts";

/** How the CLI spells each request field the pipelines may reject. */
const flags: Record<string, string> = {
  source_locale: "--from",
  target_country: "--country",
  content_type: "--type",
  length: "--length",
  tone: "--tone",
  provider: "--provider",
  model: "--model",
  locale: "--locale",
  prompt: "<prompt>",
};

function flagOf(field: string): string {
  if (field.startsWith("target_locales")) return "--to";
  return flags[field] ?? field;
}

/** Turns the pipelines' request errors into usage errors that name the flag; anything else passes through. */
export function asUsageError(error: unknown): unknown {
  if (error instanceof InvalidContentRequestError) {
    const message = error.message.startsWith(`${error.field}:`)
      ? error.message.slice(error.field.length + 1).trim()
      : error.message;
    return new UsageError(`${flagOf(error.field)}: ${message}`);
  }
  if (error instanceof UnsupportedByProvidersError) {
    return new UsageError(`--provider: ${error.message}`);
  }
  return error;
}

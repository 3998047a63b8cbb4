import type { JsonSchema } from "./json-schema.ts";

/** Ask for a JSON object matching `schema` instead of free text. */
export interface StructuredOutput {
  /** Identifier sent to the provider (OpenAI's schema name, Anthropic's tool name): `[a-zA-Z0-9_-]{1,64}`. */
  name: string;
  description?: string;
  schema: JsonSchema;
  /**
   * Validates the parsed value (e.g. a zod schema's `parse`). Throwing makes the answer a
   * `StructuredOutputError`, which the router treats like any retryable fault.
   */
  validate?: (value: unknown) => unknown;
}

import type { StructuredOutput } from "../contract/structured-output.ts";
import { StructuredOutputError } from "../errors/structured-output-error.ts";

/** Parses and validates a structured answer; every failure is a `StructuredOutputError` carrying the text. */
export function parseStructured(text: string, output: StructuredOutput, provider: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StructuredOutputError({
      provider,
      text,
      message: `${provider}: structured output is not JSON`,
      cause: error,
    });
  }
  if (!output.validate) return value;
  try {
    return output.validate(value);
  } catch (error) {
    throw new StructuredOutputError({
      provider,
      text,
      message: `${provider}: structured output does not match "${output.name}"`,
      cause: error,
    });
  }
}

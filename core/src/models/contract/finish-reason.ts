/** Why the model stopped, normalized across providers. */
export type FinishReason = "stop" | "length" | "content-filter" | "tool-calls" | "error" | "other";

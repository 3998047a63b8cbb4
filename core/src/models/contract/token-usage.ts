export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

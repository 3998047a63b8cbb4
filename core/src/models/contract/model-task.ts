/** What the call is for; the router's policy chooses providers per task. */
export type ModelTask = "localize" | "generate" | "validate-repair";

import type { AvoidEntry } from "./types.ts";

/** Terms to avoid per market. */
export const avoidTerms: readonly AvoidEntry[] = [];

import { avoidEntries } from "./entries.ts";
import type { AvoidEntry } from "./types.ts";

/** Terms to avoid per market, one entry per market and term. */
export const avoidTerms: readonly AvoidEntry[] = avoidEntries;

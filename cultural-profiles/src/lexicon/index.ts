import type { LexiconConcept } from "./types.ts";

/** The regional lexicon, all domains. */
export const lexicon: readonly LexiconConcept[] = [];

import type { CultureEngine } from "../../culture/engine.ts";
import type { CallMetadata } from "./call-metadata.ts";
import type { ModelMessage } from "./model-message.ts";
import type { ProviderTimeouts } from "./provider-timeouts.ts";
import type { StructuredOutput } from "./structured-output.ts";

/** One text-generation request, the same for every provider. */
export interface ModelRequest extends CallMetadata {
  system?: string;
  messages: readonly ModelMessage[];
  /** When present, the result carries `object` (the parsed JSON) and `text` holds its JSON source. */
  output?: StructuredOutput;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  /** Overrides the provider's default timeouts for this call. */
  timeouts?: Partial<ProviderTimeouts>;
  /**
   * The cultural engine a provider that adapts by rules (the offline rules provider) uses: a tenant's, with its
   * accepted lexicon overrides. Model providers never see it; the pipelines state the same choices in `system`.
   */
  culture?: CultureEngine;
}

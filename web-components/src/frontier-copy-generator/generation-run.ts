import type { FrontierApiError } from "../api/frontier-api-error.ts";
import type { GenerateResult } from "../api/types.ts";

/** One market's generation as the element shows it, from the first streamed word to accept. */
export interface GenerationRun {
  readonly market: string;
  readonly status: "streaming" | "done" | "error";
  /** What has been shown so far (the streamed text, then the final content). */
  readonly text: string;
  /** A fallback provider started over during this run. */
  readonly restarted: boolean;
  readonly result: GenerateResult | undefined;
  readonly error: FrontierApiError | undefined;
  readonly accepted: boolean;
  /** The last copy action: "" until copied, then "copied" or "failed". */
  readonly copy: "" | "copied" | "failed";
}

export function startedRun(market: string): GenerationRun {
  return {
    market,
    status: "streaming",
    text: "",
    restarted: false,
    result: undefined,
    error: undefined,
    accepted: false,
    copy: "",
  };
}

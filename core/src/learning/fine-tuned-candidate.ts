// A fine-tuned model joins the routing policy as a candidate of the rules its base provider already serves.
import type { RoutingPolicy } from "../models/index.ts";

export interface FineTunedModel {
  /** The provider that serves it: `openai` for an OpenAI fine-tune, `compatible` for a LoRA behind vLLM/llama.cpp. */
  readonly provider: string;
  readonly model: string;
  /**
   * `first`: tried before every other candidate. `canary`: the rule becomes weighted and the model gets this share
   * of the traffic (0..1), so its conversions can be compared before it takes over.
   */
  readonly placement: { readonly kind: "first" } | { readonly kind: "canary"; readonly share: number };
}

/** Adds the model to each rule that already routes to its provider; other rules are left as they are. */
export function withFineTunedCandidate(policy: RoutingPolicy, fineTuned: FineTunedModel): RoutingPolicy {
  return {
    rules: policy.rules.map((rule) => {
      if (!rule.candidates.some((candidate) => candidate.provider === fineTuned.provider)) return rule;
      const others = rule.candidates.filter((candidate) => candidate.model !== fineTuned.model);
      if (fineTuned.placement.kind === "first") {
        return { ...rule, candidates: [{ provider: fineTuned.provider, model: fineTuned.model }, ...others] };
      }
      const share = Math.min(0.99, Math.max(0.01, fineTuned.placement.share));
      const othersWeight = others.reduce((sum, candidate) => sum + (candidate.weight ?? 1), 0);
      return {
        ...rule,
        strategy: "weighted" as const,
        candidates: [
          { provider: fineTuned.provider, model: fineTuned.model, weight: (share / (1 - share)) * othersWeight },
          ...others,
        ],
      };
    }),
  };
}

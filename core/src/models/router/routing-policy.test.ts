import { describe, expect, it } from "vitest";
import { defaultPolicy, orderCandidates, selectRule } from "./routing-policy.ts";

const firstProvider = (available: string[], request: Parameters<typeof selectRule>[1]) =>
  selectRule(defaultPolicy(available), request)?.candidates.map((candidate) => candidate.provider);

const messages = [{ role: "user" as const, content: "x" }];

describe("defaultPolicy", () => {
  const all = ["openai", "anthropic", "compatible", "rules"];

  it("sends structured and analytical work to OpenAI and creative copy to Anthropic, rules last", () => {
    expect(firstProvider(all, { task: "localize", messages })).toEqual(["openai", "anthropic", "compatible", "rules"]);
    expect(firstProvider(all, { task: "validate-repair", messages })).toEqual([
      "openai",
      "anthropic",
      "compatible",
      "rules",
    ]);
    expect(firstProvider(all, { task: "generate", contentType: "social_post", messages })).toEqual([
      "anthropic",
      "openai",
      "compatible",
      "rules",
    ]);
  });

  it("sends batch work to the own model first when one is configured", () => {
    expect(firstProvider(all, { task: "localize", volume: "batch", messages })?.[0]).toBe("compatible");
    expect(firstProvider(["openai", "rules"], { task: "localize", volume: "batch", messages })).toEqual([
      "openai",
      "rules",
    ]);
  });

  it("routes to rules only when nothing else is configured", () => {
    expect(firstProvider(["rules"], { task: "generate", messages })).toEqual(["rules"]);
  });
});

describe("selectRule", () => {
  it("takes the first rule whose every field matches", () => {
    const policy = {
      rules: [
        { task: "generate" as const, contentType: ["sms", "ad_headline"], candidates: [{ provider: "a", model: "1" }] },
        { task: "generate" as const, candidates: [{ provider: "b", model: "2" }] },
      ],
    };
    expect(selectRule(policy, { task: "generate", contentType: "sms", messages })?.candidates[0]?.provider).toBe("a");
    expect(selectRule(policy, { task: "generate", contentType: "blog_intro", messages })?.candidates[0]?.provider).toBe(
      "b",
    );
    expect(selectRule(policy, { task: "localize", messages })).toBeUndefined();
  });
});

describe("orderCandidates", () => {
  const candidates = [
    { provider: "heavy", model: "h", weight: 9 },
    { provider: "light", model: "l", weight: 1 },
  ];

  it("keeps the written order for ordered rules", () => {
    expect(orderCandidates({ candidates: [...candidates].reverse() }).map((c) => c.provider)).toEqual([
      "light",
      "heavy",
    ]);
  });

  it("puts each candidate first in proportion to its weight", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    let heavyFirst = 0;
    for (let draw = 0; draw < 5000; draw += 1) {
      if (orderCandidates({ strategy: "weighted", candidates }, random)[0]?.provider === "heavy") heavyFirst += 1;
    }
    expect(heavyFirst / 5000).toBeGreaterThan(0.87);
    expect(heavyFirst / 5000).toBeLessThan(0.93);
  });
});

import { describe, expect, it } from "vitest";
import { providerLabel } from "./provider-label.ts";

describe("providerLabel", () => {
  it("names the provider and its model, and the provider once when the model bears its name", () => {
    expect(providerLabel({ provider: "openai", model: "gpt-4o-mini" })).toBe("openai · gpt-4o-mini");
    expect(providerLabel({ provider: "rules", model: "rules" })).toBe("rules");
    expect(providerLabel({ provider: "compatible", model: " " })).toBe("compatible");
  });
});

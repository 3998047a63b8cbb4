import { describe, expect, it } from "vitest";
import { createScriptedProvider } from "../../testing/index.ts";
import { BudgetExceededError } from "../models/errors/budget-exceeded-error.ts";
import { createModelCaller } from "./model-caller.ts";

describe("createModelCaller", () => {
  it("shares a provider's spend budget between pinned and routed calls", async () => {
    const openai = createScriptedProvider({
      id: "openai",
      respond: () => ({ text: "caro", usage: { inputTokens: 1_000_000, outputTokens: 1_000_000 } }),
    });
    const caller = createModelCaller({ providers: [openai], budgets: { providerLimitUsd: () => 1 } });
    const request = { task: "generate" as const, messages: [{ role: "user" as const, content: "hola" }] };
    await expect(caller.generate({ ...request, provider: "openai" })).resolves.toMatchObject({ provider: "openai" });
    await expect(caller.generate(request)).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(caller.generate({ ...request, provider: "openai" })).rejects.toMatchObject({ provider: "openai" });
    expect(openai.calls).toHaveLength(1);
  });
});

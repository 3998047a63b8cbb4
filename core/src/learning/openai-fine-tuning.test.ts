import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeFineTuningServer, startFakeFineTuningServer } from "../../testing/fake-openai-fine-tuning.ts";
import { defaultPolicy } from "../models/index.ts";
import { exportFineTuningDataset } from "./dataset.ts";
import { withFineTunedCandidate } from "./fine-tuned-candidate.ts";
import { FineTuningFailedError, runOpenAiFineTuning } from "./openai-fine-tuning.ts";

const dataset = exportFineTuningDataset(
  Array.from({ length: 20 }, (_, index) => ({
    contentId: `c${index}`,
    locale: "es-MX",
    kind: "generate" as const,
    system: "Escribe copy.",
    prompt: `Producto ${index}, contacto ana@example.com`,
    completion: `Copy ${index}`,
    edited: false,
    reviewedAt: "2026-01-01T00:00:00.000Z",
  })),
  { validationShare: 0.3 },
);

describe("runOpenAiFineTuning", () => {
  let fake: FakeFineTuningServer | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it("uploads both files, starts the job through the SDK and returns the tuned model", async () => {
    fake = await startFakeFineTuningServer({ pollsToSucceed: 2 });
    const client = new OpenAI({ apiKey: "sk-test", baseURL: fake.baseURL, maxRetries: 0 });
    const result = await runOpenAiFineTuning(client, dataset, {
      model: "gpt-4o-mini-2024-07-18",
      suffix: "acme-es-mx",
      pollIntervalMs: 1,
    });
    expect(result.fineTunedModel).toMatch(/^ft:gpt-4o-mini-2024-07-18:frontier:acme-es-mx:/);
    expect(fake.state.files.map((file) => [file.purpose, file.filename, file.content])).toEqual([
      ["fine-tune", "frontier-train.jsonl", dataset.openAi.train],
      ["fine-tune", "frontier-validation.jsonl", dataset.openAi.validation],
    ]);
    expect(fake.state.files.some((file) => file.content.includes("ana@example.com"))).toBe(false);
    expect(fake.state.jobs[0]).toMatchObject({ trainingFile: "file-1", validationFile: "file-2", polls: 2 });

    // The tuned model joins the routing policy in front of the rules OpenAI already serves.
    const policy = withFineTunedCandidate(defaultPolicy(["openai", "rules"]), {
      provider: "openai",
      model: result.fineTunedModel,
      placement: { kind: "first" },
    });
    const openAiRules = policy.rules.filter((rule) =>
      rule.candidates.some((candidate) => candidate.provider === "openai"),
    );
    expect(openAiRules.length).toBeGreaterThan(0);
    for (const rule of openAiRules) expect(rule.candidates[0]?.model).toBe(result.fineTunedModel);
  });

  it("gives a canary its share of the weight", () => {
    const policy = withFineTunedCandidate(
      {
        rules: [
          {
            candidates: [
              { provider: "compatible", model: "base" },
              { provider: "rules", model: "rules" },
            ],
          },
        ],
      },
      { provider: "compatible", model: "lora-es", placement: { kind: "canary", share: 0.2 } },
    );
    const [rule] = policy.rules;
    expect(rule?.strategy).toBe("weighted");
    const weights = rule?.candidates.map((candidate) => candidate.weight ?? 1) ?? [];
    expect((weights[0] ?? 0) / weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(0.2, 10);
  });

  it("stops waiting at the timeout with the job's id", async () => {
    fake = await startFakeFineTuningServer({ pollsToSucceed: 1_000 });
    const client = new OpenAI({ apiKey: "sk-test", baseURL: fake.baseURL, maxRetries: 0 });
    await expect(
      runOpenAiFineTuning(client, dataset, { model: "gpt-4o-mini", pollIntervalMs: 1, timeoutMs: 20 }),
    ).rejects.toBeInstanceOf(FineTuningFailedError);
  });
});

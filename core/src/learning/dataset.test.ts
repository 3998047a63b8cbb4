import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportFineTuningDataset, type TrainingExample } from "./dataset.ts";
import { openAiChatFineTuningLine, shareGptLine } from "./fine-tuning-format.ts";

const people = [
  { email: "maria.gonzalez@example.com", phone: "+52 55 1234 5678" },
  { email: "joao.silva@example.com.br", phone: "+55 11 98765 4321" },
  { email: "carla.rojas@example.cl", phone: "+56 9 8765 4321" },
];

function examples(count: number): TrainingExample[] {
  return Array.from({ length: count }, (_, index) => {
    const person = people[index % people.length] ?? { email: "x@example.com", phone: "" };
    return {
      contentId: `content-${index % 40}`,
      locale: ["es-MX", "es-AR", "pt-BR"][index % 3] ?? "es-MX",
      kind: index % 2 === 0 ? "generate" : "localize",
      system: "Escribe copy de marketing para el mercado indicado.",
      prompt: `Producto ${index}: audífonos. Contacto ${person.email}, tel. ${person.phone}.`,
      completion: `Audífonos ${index} con envío gratis. Escribinos a ${person.email}.`,
      edited: index % 4 === 0,
      reviewedAt: new Date(Date.UTC(2026, 0, 1 + (index % 28))).toISOString(),
    };
  });
}

function lines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}

describe("exportFineTuningDataset", () => {
  const source = examples(120);
  const withDuplicates = [...source, ...source.slice(0, 10)];
  const dataset = exportFineTuningDataset(withDuplicates, { validationShare: 0.2, now: () => new Date(0) });
  const openAiLines = [...lines(dataset.openAi.train), ...lines(dataset.openAi.validation)];

  it("writes lines that each validate as OpenAI chat fine-tuning and ShareGPT conversations", () => {
    expect(openAiLines).toHaveLength(120);
    for (const line of openAiLines) expect(openAiChatFineTuningLine.safeParse(line).success).toBe(true);
    for (const line of [...lines(dataset.shareGpt.train), ...lines(dataset.shareGpt.validation)]) {
      expect(shareGptLine.safeParse(line).success).toBe(true);
    }
  });

  it("carries no personal data from the sources, only tokens", () => {
    const everything =
      dataset.openAi.train + dataset.openAi.validation + dataset.shareGpt.train + dataset.shareGpt.validation;
    for (const person of people) {
      expect(everything).not.toContain(person.email);
      expect(everything).not.toContain(person.phone);
      expect(everything).not.toContain(person.phone.replace(/\D/g, "").slice(-8));
    }
    expect(everything).toContain("⟦EMAIL_1⟧");
    expect(dataset.card.piiReplaced).toBeGreaterThanOrEqual(120 * 3);
  });

  it("splits by content id, so train and validation share none", () => {
    const ids = (split: "train" | "validation") =>
      new Set(
        lines(dataset.openAi[split])
          .map((line) => {
            const parsed = openAiChatFineTuningLine.parse(line);
            return /Producto (\d+)/.exec(parsed.messages[1]?.content ?? "")?.[1];
          })
          .map((index) => `content-${Number(index) % 40}`),
      );
    const train = ids("train");
    const validation = ids("validation");
    expect(validation.size).toBeGreaterThan(0);
    for (const id of validation) expect(train.has(id)).toBe(false);
  });

  it("describes the data in its card", () => {
    expect(dataset.card.counts).toEqual({
      input: 130,
      duplicatesRemoved: 10,
      train: dataset.card.counts.train,
      validation: 120 - dataset.card.counts.train,
      edited: 30,
      accepted: 90,
    });
    expect(dataset.card.markets).toEqual({ "es-MX": 40, "es-AR": 40, "pt-BR": 40 });
    expect(dataset.card.dateRange).toEqual({ from: "2026-01-01T00:00:00.000Z", to: "2026-01-28T00:00:00.000Z" });
  });

  it("never splits one content id across train and validation (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 }),
        (contentIds) => {
          const exported = exportFineTuningDataset(
            contentIds.map((contentId, index) => ({
              contentId,
              locale: "es-MX",
              kind: "generate",
              system: "s",
              prompt: `p ${contentId} ${index}`,
              completion: `c ${index}`,
              edited: false,
              reviewedAt: "2026-01-01T00:00:00.000Z",
            })),
          );
          const byId = (text: string) =>
            lines(text).map((line) => openAiChatFineTuningLine.parse(line).messages[1]?.content);
          const train = new Set(byId(exported.openAi.train));
          const validation = byId(exported.openAi.validation);
          const trainIds = new Set(contentIds.filter((id, index) => train.has(`p ${id} ${index}`)));
          return validation.every(
            (prompt) => !contentIds.some((id, index) => prompt === `p ${id} ${index}` && trainIds.has(id)),
          );
        },
      ),
    );
  });
});

describe("openAiChatFineTuningLine", () => {
  it("rejects lines OpenAI would reject", () => {
    expect(openAiChatFineTuningLine.safeParse({ messages: [{ role: "user", content: "hola" }] }).success).toBe(false);
    expect(
      openAiChatFineTuningLine.safeParse({
        messages: [
          { role: "user", content: "hola" },
          { role: "user", content: "otra" },
        ],
      }).success,
    ).toBe(false);
    expect(
      openAiChatFineTuningLine.safeParse({
        messages: [
          { role: "user", content: "hola", weight: 1 },
          { role: "assistant", content: "buenas" },
        ],
      }).success,
    ).toBe(false);
    expect(openAiChatFineTuningLine.safeParse({ messages: [], extra: 1 }).success).toBe(false);
  });
});

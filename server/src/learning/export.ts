import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildSystemPrompt } from "@frontier-ai/core/culture";
import { exportFineTuningDataset, type FineTuningDataset, type TrainingExample } from "@frontier-ai/core/learning";
import type { SegmentEditRecord } from "../db/learning-repository.ts";

/** One example per reviewed content and market: its request, and the segments' final text in order. */
export function trainingExamples(edits: readonly SegmentEditRecord[]): TrainingExample[] {
  const groups = new Map<string, SegmentEditRecord[]>();
  for (const edit of edits) {
    const key = JSON.stringify([edit.contentId, edit.locale, edit.kind]);
    groups.set(key, [...(groups.get(key) ?? []), edit]);
  }
  const system = new Map<string, string>();
  const systemFor = (locale: string): string => {
    let prompt = system.get(locale);
    if (prompt === undefined) {
      prompt = safeSystemPrompt(locale);
      system.set(locale, prompt);
    }
    return prompt;
  };
  return [...groups.values()].flatMap((group) => {
    const first = group[0];
    if (first === undefined) return [];
    const ordered = [...group].sort((left, right) => left.segmentIndex - right.segmentIndex);
    return [
      {
        contentId: first.contentId,
        locale: first.locale,
        kind: first.kind,
        system: systemFor(first.locale),
        prompt: first.prompt,
        completion: ordered.map((edit) => edit.final).join("\n"),
        edited: ordered.some((edit) => edit.edited),
        reviewedAt: new Date(Math.max(...ordered.map((edit) => edit.createdAt))).toISOString(),
      },
    ];
  });
}

function safeSystemPrompt(locale: string): string {
  try {
    return buildSystemPrompt(locale);
  } catch {
    // A market Frontier has no profile for still trains, with a neutral instruction.
    return `Write marketing copy for ${locale}.`;
  }
}

export const exportFiles = {
  openAiTrain: "openai-train.jsonl",
  openAiValidation: "openai-validation.jsonl",
  chatTrain: "chat-train.jsonl",
  chatValidation: "chat-validation.jsonl",
  card: "data-card.json",
} as const;

export async function writeDataset(directory: string, dataset: FineTuningDataset): Promise<void> {
  await mkdir(directory, { recursive: true });
  await Promise.all([
    writeFile(join(directory, exportFiles.openAiTrain), dataset.openAi.train),
    writeFile(join(directory, exportFiles.openAiValidation), dataset.openAi.validation),
    writeFile(join(directory, exportFiles.chatTrain), dataset.shareGpt.train),
    writeFile(join(directory, exportFiles.chatValidation), dataset.shareGpt.validation),
    writeFile(join(directory, exportFiles.card), `${JSON.stringify(dataset.card, null, 2)}\n`),
  ]);
}

export { exportFineTuningDataset };

// Fine-tuning datasets from reviewed copy: pseudonymized, deduplicated, split by content, with a data card.
import { pseudonymize } from "../compliance/index.ts";
import type { OpenAiChatFineTuningLine, ShareGptLine } from "./fine-tuning-format.ts";
import { hash32 } from "./random.ts";

/** One reviewed piece of copy: the request, and the text an editor accepted as is or after editing. */
export interface TrainingExample {
  readonly contentId: string;
  readonly locale: string;
  readonly kind: "generate" | "localize";
  readonly system: string;
  readonly prompt: string;
  /** The editor's final text (or the generated text, when accepted without edits). */
  readonly completion: string;
  readonly edited: boolean;
  /** ISO 8601. */
  readonly reviewedAt: string;
}

export interface DataCard {
  readonly generatedAt: string;
  readonly counts: {
    readonly input: number;
    readonly duplicatesRemoved: number;
    readonly train: number;
    readonly validation: number;
    readonly edited: number;
    readonly accepted: number;
  };
  readonly markets: Readonly<Record<string, number>>;
  readonly kinds: Readonly<Record<string, number>>;
  readonly dateRange: { readonly from: string; readonly to: string } | null;
  /** Personal data found in the sources and replaced by tokens (⟦EMAIL_1⟧); raw values never reach the files. */
  readonly piiReplaced: number;
  readonly validationShare: number;
  readonly splitBy: "contentId";
}

export interface FineTuningDataset {
  readonly openAi: { readonly train: string; readonly validation: string };
  readonly shareGpt: { readonly train: string; readonly validation: string };
  readonly card: DataCard;
}

export interface ExportOptions {
  /** Share of content ids held out for validation (default 0.1), chosen by hash so the split is stable. */
  readonly validationShare?: number;
  readonly now?: () => Date;
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function jsonl(lines: readonly unknown[]): string {
  return lines.map((line) => `${JSON.stringify(line)}\n`).join("");
}

export function isValidationContent(contentId: string, validationShare: number): boolean {
  return hash32(`split\u0000${contentId}`) / 4294967296 < validationShare;
}

export function exportFineTuningDataset(
  examples: readonly TrainingExample[],
  options: ExportOptions = {},
): FineTuningDataset {
  const validationShare = options.validationShare ?? 0.1;
  let piiReplaced = 0;
  const seen = new Set<string>();
  const kept: (TrainingExample & { system: string; prompt: string; completion: string })[] = [];
  for (const example of examples) {
    // One vault per example: the same value becomes the same token in its prompt and completion.
    const system = pseudonymize(example.system);
    const prompt = pseudonymize(example.prompt, { vault: system.vault });
    const completion = pseudonymize(example.completion, { vault: system.vault });
    const key = JSON.stringify([example.locale, example.kind, prompt.text.trim(), completion.text.trim()]);
    if (seen.has(key)) continue;
    seen.add(key);
    piiReplaced += system.entities.length + prompt.entities.length + completion.entities.length;
    kept.push({ ...example, system: system.text, prompt: prompt.text, completion: completion.text });
  }
  const validation = kept.filter((example) => isValidationContent(example.contentId, validationShare));
  const train = kept.filter((example) => !isValidationContent(example.contentId, validationShare));
  const openAiLine = (example: TrainingExample): OpenAiChatFineTuningLine => ({
    messages: [
      { role: "system", content: example.system },
      { role: "user", content: example.prompt },
      { role: "assistant", content: example.completion },
    ],
  });
  const shareGpt = (example: TrainingExample): ShareGptLine => ({
    conversations: [
      { from: "system", value: example.system },
      { from: "human", value: example.prompt },
      { from: "gpt", value: example.completion },
    ],
  });
  const dates = kept.map((example) => example.reviewedAt).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return {
    openAi: { train: jsonl(train.map(openAiLine)), validation: jsonl(validation.map(openAiLine)) },
    shareGpt: { train: jsonl(train.map(shareGpt)), validation: jsonl(validation.map(shareGpt)) },
    card: {
      generatedAt: (options.now?.() ?? new Date()).toISOString(),
      counts: {
        input: examples.length,
        duplicatesRemoved: examples.length - kept.length,
        train: train.length,
        validation: validation.length,
        edited: kept.filter((example) => example.edited).length,
        accepted: kept.filter((example) => !example.edited).length,
      },
      markets: tally(kept.map((example) => example.locale)),
      kinds: tally(kept.map((example) => example.kind)),
      dateRange: first === undefined || last === undefined ? null : { from: first, to: last },
      piiReplaced,
      validationShare,
      splitBy: "contentId",
    },
  };
}

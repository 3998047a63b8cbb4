// Starts an OpenAI fine-tuning job from an exported dataset through the official SDK, and waits for the model.
import type OpenAI from "openai";
import { toFile } from "openai";
import type { FineTuningDataset } from "./dataset.ts";

export class FineTuningFailedError extends Error {
  override readonly name = "FineTuningFailedError";
  readonly code = "fine_tuning_failed";
  readonly jobId: string;
  readonly status: string;
  constructor(jobId: string, status: string, options?: { cause?: unknown }) {
    super(`fine-tuning job ${jobId} ended ${status}`, options);
    this.jobId = jobId;
    this.status = status;
  }
}

export interface FineTuningOptions {
  /** The base model to tune (e.g. gpt-4o-mini-2024-07-18). */
  model: string;
  suffix?: string;
  pollIntervalMs?: number;
  /** Give up waiting after this long (the job keeps running at OpenAI). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface FineTuningResult {
  jobId: string;
  fineTunedModel: string;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** Uploads the dataset's OpenAI files, starts a job and waits for its model name, all through the official SDK. */
export async function runOpenAiFineTuning(
  client: OpenAI,
  dataset: FineTuningDataset,
  options: FineTuningOptions,
): Promise<FineTuningResult> {
  const training = await client.files.create({
    file: await toFile(Buffer.from(dataset.openAi.train), "frontier-train.jsonl"),
    purpose: "fine-tune",
  });
  const validation =
    dataset.openAi.validation.length > 0
      ? await client.files.create({
          file: await toFile(Buffer.from(dataset.openAi.validation), "frontier-validation.jsonl"),
          purpose: "fine-tune",
        })
      : undefined;
  let job = await client.fineTuning.jobs.create({
    model: options.model,
    training_file: training.id,
    ...(validation && { validation_file: validation.id }),
    ...(options.suffix !== undefined && { suffix: options.suffix }),
  });
  const deadline = Date.now() + (options.timeoutMs ?? 6 * 3_600_000);
  while (job.status !== "succeeded") {
    if (job.status === "failed" || job.status === "cancelled") throw new FineTuningFailedError(job.id, job.status);
    if (Date.now() > deadline) throw new FineTuningFailedError(job.id, `still ${job.status} at the timeout`);
    await sleep(options.pollIntervalMs ?? 30_000, options.signal);
    job = await client.fineTuning.jobs.retrieve(job.id);
  }
  if (typeof job.fine_tuned_model !== "string") throw new FineTuningFailedError(job.id, "succeeded without a model");
  return { jobId: job.id, fineTunedModel: job.fine_tuned_model };
}

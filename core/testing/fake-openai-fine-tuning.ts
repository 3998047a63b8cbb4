import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake fine-tuning API holds: uploaded files (raw multipart bodies) and jobs. */
export interface FakeFineTuningState {
  files: { id: string; purpose: string; filename: string; content: string }[];
  jobs: {
    id: string;
    model: string;
    trainingFile: string;
    validationFile: string | null;
    suffix: string | null;
    polls: number;
  }[];
}

export interface FakeFineTuningServer {
  baseURL: string;
  state: FakeFineTuningState;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The multipart field values a files upload carries (purpose, and the file's name and text). */
function multipart(body: string, contentType: string): { purpose: string; filename: string; content: string } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = `--${boundary?.[1] ?? boundary?.[2] ?? ""}`;
  const fields: Record<string, { filename?: string; value: string }> = {};
  for (const part of body.split(marker)) {
    const [head, ...rest] = part.split("\r\n\r\n");
    const name = /name="([^"]+)"/.exec(head ?? "")?.[1];
    if (name === undefined) continue;
    const filename = /filename="([^"]*)"/.exec(head ?? "")?.[1];
    fields[name] = { ...(filename !== undefined && { filename }), value: rest.join("\r\n\r\n").replace(/\r\n$/, "") };
  }
  return {
    purpose: fields.purpose?.value ?? "",
    filename: fields.file?.filename ?? "",
    content: fields.file?.value ?? "",
  };
}

/**
 * OpenAI's files and fine-tuning jobs endpoints, enough for the SDK: a job runs for `pollsToSucceed` retrievals,
 * then succeeds with `ft:<model>:frontier:<suffix>:<id>`. Listens on 127.0.0.1 only.
 */
export async function startFakeFineTuningServer(
  options: { pollsToSucceed?: number } = {},
): Promise<FakeFineTuningServer> {
  const pollsToSucceed = options.pollsToSucceed ?? 2;
  const state: FakeFineTuningState = { files: [], jobs: [] };
  const jobView = (job: FakeFineTuningState["jobs"][number]) => {
    const done = job.polls >= pollsToSucceed;
    return {
      object: "fine_tuning.job",
      id: job.id,
      model: job.model,
      created_at: 1_700_000_000,
      finished_at: done ? 1_700_000_600 : null,
      fine_tuned_model: done ? `ft:${job.model}:frontier:${job.suffix ?? "custom"}:${job.id.slice(-8)}` : null,
      organization_id: "org-fake",
      result_files: [],
      status: done ? "succeeded" : job.polls === 0 ? "validating_files" : "running",
      validation_file: job.validationFile,
      training_file: job.trainingFile,
      hyperparameters: { n_epochs: "auto" },
      trained_tokens: done ? 1234 : null,
      error: null,
      seed: 1,
    };
  };
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const send = (status: number, value: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(value));
    };
    const url = request.url ?? "";
    if (request.method === "POST" && url === "/v1/files") {
      const file = { id: `file-${state.files.length + 1}`, ...multipart(body, request.headers["content-type"] ?? "") };
      state.files.push(file);
      return send(200, {
        object: "file",
        id: file.id,
        bytes: Buffer.byteLength(file.content),
        created_at: 1_700_000_000,
        filename: file.filename,
        purpose: file.purpose,
        status: "processed",
      });
    }
    if (request.method === "POST" && url === "/v1/fine_tuning/jobs") {
      const input = JSON.parse(body) as {
        model?: string;
        training_file?: string;
        validation_file?: string;
        suffix?: string;
      };
      if (!state.files.some((file) => file.id === input.training_file)) {
        return send(400, { error: { message: "training_file not found", type: "invalid_request_error", code: null } });
      }
      const job = {
        id: `ftjob-${String(state.jobs.length + 1).padStart(8, "0")}`,
        model: input.model ?? "",
        trainingFile: input.training_file ?? "",
        validationFile: input.validation_file ?? null,
        suffix: input.suffix ?? null,
        polls: 0,
      };
      state.jobs.push(job);
      return send(200, jobView(job));
    }
    const retrieve = /^\/v1\/fine_tuning\/jobs\/([^/?]+)$/.exec(url);
    if (request.method === "GET" && retrieve !== null) {
      const job = state.jobs.find((candidate) => candidate.id === retrieve[1]);
      if (job === undefined) return send(404, { error: { message: "no such job", type: "invalid_request_error" } });
      job.polls += 1;
      return send(200, jobView(job));
    }
    send(404, { error: { message: `no route ${request.method} ${url}`, type: "invalid_request_error" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    state,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

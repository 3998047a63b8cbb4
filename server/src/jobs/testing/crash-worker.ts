// A worker process for the crash tests: drains the queue of the database in argv[2] with a scripted provider
// that takes FAKE_DELAY_MS per call and appends each call's item id to the file in CALL_LOG.
import { appendFileSync } from "node:fs";
import { parseDatabaseTarget } from "../../config.ts";
import { openStorage } from "../../db/open.ts";
import { createModels } from "../../models.ts";
import { createJobWorker } from "../worker.ts";

const [url = ""] = process.argv.slice(2);
const delayMs = Number(process.env.FAKE_DELAY_MS ?? "2");
const callLog = process.env.CALL_LOG ?? "";
const storage = await openStorage(parseDatabaseTarget(url));
const worker = createJobWorker({
  repository: storage.repository,
  models: createModels({}),
  concurrency: 8,
  leaseMs: Number(process.env.LEASE_MS ?? "1000"),
  pollMs: 20,
  ...(process.env.OWNER && { owner: process.env.OWNER }),
  localizeOne: async (item) => {
    if (callLog) appendFileSync(callLog, `${item.document}|${item.locale}\n`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { content: `${item.text} [${item.locale}]`, score: 1, provider: "scripted", model: "m" };
  },
});
if (process.env.WAIT_FOR_GO) {
  // Several workers start together only once all are loaded (module loading dominates a cold start).
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
}
const started = performance.now();
const stats = await worker.drain();
process.stderr.write(`drained in ${Math.round(performance.now() - started)} ms\n`);
process.stdout.write(`${JSON.stringify(stats)}\n`);
await storage.repository.close();
process.stdin.destroy();

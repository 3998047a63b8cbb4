import type { Command } from "commander";
import { CommandExit } from "../exit.ts";
import type { CliIo } from "../main.ts";
import { configFromCli, failWith } from "./server-config.ts";

/** `frontier jobs run|status|cancel`: the queue without the HTTP server. */
export function registerJobsCommand(program: Command, io: CliIo): void {
  const jobs = program.command("jobs").description("Batch localization jobs: run the queue, follow or cancel a job.");

  jobs
    .command("run")
    .description("Process queued jobs until none is left (a progress bar on a terminal).")
    .option("--db <url>", "SQLite path, file:<path> or mysql://... (DATABASE_URL)")
    .action(async (flags: { db?: string }) => {
      const config = configFromCli(io, flags);
      const { prepareServer } = await import("../../server.ts");
      const { backgroundSettings } = await import("../../jobs/background.ts");
      const { createJobWorker } = await import("../../jobs/worker.ts");
      const { webhookJobEvents } = await import("../../webhooks/events.ts");
      const settings = await failWith(io, "bad configuration", async () => backgroundSettings(io.env));
      const server = await failWith(io, "could not open the database", () =>
        prepareServer(config, { logStream: { write: () => {} }, environment: io.env }),
      );
      const { repository, models, cultures } = server.services;
      let bar: { increment(): void; setTotal(n: number): void; stop(): void } | undefined;
      let done = 0;
      if (io.isTTY) {
        const { SingleBar, Presets } = await import("cli-progress");
        const single = new SingleBar(
          { format: "jobs [{bar}] {value} items | {eta_formatted} left" },
          Presets.shades_classic,
        );
        single.start(0, 0);
        bar = single;
      }
      const gate = {
        maxConcurrency: settings.concurrency,
        ...(settings.requestsPerMinute && { requestsPerMinute: settings.requestsPerMinute }),
      };
      const worker = createJobWorker({
        repository,
        models,
        concurrency: settings.concurrency,
        providerLimits: { default: gate, rules: gate, openai: gate, anthropic: gate, compatible: gate },
        events: webhookJobEvents(repository),
        cultures,
        onItem: (event) => {
          if (event.status === "queued") return;
          done += 1;
          bar?.setTotal(Math.max(done, worker.stats.claimed));
          bar?.increment();
        },
      });
      try {
        const stats = await worker.drain();
        bar?.stop();
        io.stdout(
          `Processed ${done} items: ${stats.succeeded} succeeded (${stats.reused} reused), ${stats.failed} failed, ${stats.retried} retries.\n`,
        );
      } finally {
        await server.close();
      }
    });

  for (const [name, description] of [
    ["status", "Show a job's status and counts."],
    ["cancel", "Cancel a job: its queued and running items stop."],
  ] as const) {
    jobs
      .command(`${name} <id>`)
      .description(description)
      .requiredOption("--tenant <name>", "the tenant that owns the job")
      .option("--db <url>", "SQLite path, file:<path> or mysql://... (DATABASE_URL)")
      .action(async (id: string, flags: { db?: string; tenant: string }) => {
        const config = configFromCli(io, flags);
        const { openStorage } = await import("../../db/open.ts");
        const { viewJob } = await import("../../jobs/localize-job.ts");
        const storage = await failWith(io, "could not open the database", () => openStorage(config.database));
        try {
          const tenant = await storage.repository.tenants.findByName(flags.tenant);
          const view = tenant && (await viewJob(storage.repository, tenant.id, id, { offset: 0, limit: 0 }));
          if (!tenant || !view) {
            io.stderr(`No job ${id} in tenant ${flags.tenant}.\n`);
            throw new CommandExit(1, `no job ${id}`);
          }
          if (name === "cancel") {
            const cancelled = await storage.repository.jobs.cancel(tenant.id, id);
            io.stdout(cancelled ? `Cancelled ${id}.\n` : `${id} had already finished (${view.status}).\n`);
            return;
          }
          const counts = Object.entries(view.counts)
            .filter(([, n]) => n > 0)
            .map(([status, n]) => `${status} ${n}`)
            .join(", ");
          io.stdout(`${view.id} ${view.status}: ${view.total} items (${counts})\n`);
        } finally {
          await storage.repository.close();
        }
      });
  }
}

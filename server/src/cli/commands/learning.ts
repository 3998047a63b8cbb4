import type { Command } from "commander";
import type { CliIo } from "../main.ts";
import { configFromCli, failWith } from "./server-config.ts";

/** `frontier learning export --tenant <name> --out <dir>`: fine-tuning files and a data card from reviewed copy. */
export function registerLearningCommand(program: Command, io: CliIo): void {
  const learning = program.command("learning").description("The learning loop: datasets from reviewed copy.");
  learning
    .command("export")
    .description(
      "Write OpenAI chat fine-tuning JSONL, ShareGPT chat JSONL (LoRA/QLoRA trainers) and data-card.json, split by content.",
    )
    .requiredOption("--tenant <name>", "tenant name")
    .requiredOption("--out <dir>", "directory for the files (created when missing)")
    .option("--validation <share>", "share of content ids held out for validation", "0.1")
    .option("--since <date>", "only reviews on or after this ISO date")
    .option("--db <url>", "SQLite path, file:<path> or mysql://... (DATABASE_URL)")
    .action(
      async (
        flags: { tenant: string; out: string; validation: string; since?: string; db?: string },
        command: Command,
      ) => {
        const fail = (message: string): never => command.error(message, { exitCode: 2, code: "frontier.usage" });
        const validationShare = Number(flags.validation);
        if (!(validationShare >= 0 && validationShare < 1)) {
          fail(`error: option '--validation' must be a number from 0 to below 1, got ${flags.validation}`);
        }
        const since = flags.since === undefined ? undefined : Date.parse(flags.since);
        if (since !== undefined && Number.isNaN(since)) fail(`error: option '--since' must be an ISO date`);
        const config = configFromCli(io, flags);
        const { openStorage } = await import("../../db/open.ts");
        const { exportFineTuningDataset, trainingExamples, writeDataset } = await import("../../learning/export.ts");
        const storage = await failWith(io, "could not open the database", () => openStorage(config.database));
        try {
          const tenant = await storage.repository.tenants.findByName(flags.tenant);
          if (tenant === null) fail(`error: option '--tenant': no tenant named ${flags.tenant}`);
          const edits = await storage.repository.learning.listEdits(tenant?.id ?? "", { since });
          const dataset = exportFineTuningDataset(trainingExamples(edits), { validationShare });
          await writeDataset(flags.out, dataset);
          io.stdout(`${JSON.stringify(dataset.card)}\n`);
        } finally {
          await storage.repository.close();
        }
      },
    );
}

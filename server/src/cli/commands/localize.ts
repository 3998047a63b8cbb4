import { type LocalizedResult, localize, type MarkupFormat } from "@frontier-ai/core";
import { type Command, Option } from "commander";
import { createModels, providerIds } from "../../models.ts";
import { asUsageError } from "../content-errors.ts";
import { type CommandContext, ExitCode, readInput } from "../context.ts";
import { formatChoices, printFindings } from "../output.ts";

interface LocalizeFlags {
  from: string;
  to: string;
  format: MarkupFormat | "auto";
  provider?: string;
  model?: string;
  json?: boolean;
}

export function localizeJson(results: readonly LocalizedResult[]) {
  return {
    results: results.map((result) => ({
      locale: result.locale,
      content: result.content,
      adaptations: result.adaptations.map(({ from, to, reason }) => ({ from, to, reason })),
      findings: result.findings,
      score: result.score,
    })),
  };
}

export function registerLocalize(program: Command, context: CommandContext): void {
  program
    .command("localize")
    .description("Localize copy from one market's variant to others, keeping markup intact.")
    .requiredOption("--from <locale>", "locale the copy is written in, e.g. es-ES")
    .requiredOption("--to <locales>", "target locales, comma-separated, e.g. es-MX,es-AR")
    .addOption(new Option("--format <format>", "markup of the input").choices(formatChoices).default("auto"))
    .addOption(new Option("--provider <provider>", "use only this provider").choices(providerIds))
    .option("--model <id>", "model id for --provider")
    .option("--json", "write results as JSON")
    .argument("[file]", "input file, or - for standard input", "-")
    .action(async (file: string, flags: LocalizeFlags) => {
      const { io } = context;
      const content = await readInput(io, file);
      const to = flags.to
        .split(",")
        .map((locale) => locale.trim())
        .filter(Boolean);
      const results = await localize(
        {
          content,
          format: flags.format,
          from: flags.from,
          to,
          ...(flags.provider !== undefined && { provider: flags.provider }),
          ...(flags.model !== undefined && { model: flags.model }),
        },
        { models: createModels(io.env) },
      ).catch((error: unknown) => {
        throw asUsageError(error);
      });
      const [only] = results;
      if (flags.json || results.length !== 1 || !only) {
        io.stdout(`${JSON.stringify(localizeJson(results), null, 2)}\n`);
      } else {
        io.stdout(only.content);
        printFindings(io, only.findings, `${only.locale}: `);
      }
      if (results.some((result) => result.findings.some((finding) => finding.severity === "error"))) {
        context.exitCode = ExitCode.failed;
      }
    });
}

import { type MarkupFormat, validateDocument } from "@frontier-ai/core";
import { type Command, Option } from "commander";
import { asUsageError } from "../content-errors.ts";
import { type CommandContext, ExitCode, readInput } from "../context.ts";
import { formatChoices, printFindings } from "../output.ts";

export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command("validate")
    .description("Lint copy against a market's rules; exits 1 when a finding is an error.")
    .requiredOption("--locale <locale>", "market to check against, e.g. es-AR")
    .addOption(new Option("--format <format>", "markup of the input").choices(formatChoices).default("auto"))
    .option("--json", "write findings as JSON")
    .argument("[file]", "input file, or - for standard input", "-")
    .action(async (file: string, flags: { locale: string; format: MarkupFormat | "auto"; json?: boolean }) => {
      const { io } = context;
      const content = await readInput(io, file);
      let findings: ReturnType<typeof validateDocument>;
      try {
        findings = validateDocument(content, flags.locale, flags.format);
      } catch (error) {
        throw asUsageError(error);
      }
      if (flags.json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
      else if (findings.length === 0) io.stdout("No findings.\n");
      else printFindings({ ...io, stderr: io.stdout }, findings);
      if (findings.some((finding) => finding.severity === "error")) context.exitCode = ExitCode.failed;
    });
}

import { contentTypes, generate, tones } from "@frontier-ai/core";
import { type Command, Option } from "commander";
import { createModels, providerIds } from "../../models.ts";
import { asUsageError } from "../content-errors.ts";
import type { CommandContext } from "../context.ts";
import { printFindings } from "../output.ts";

interface GenerateFlags {
  country: string;
  industry?: string;
  type: string;
  tone: string;
  length: string;
  provider?: string;
  model?: string;
  json?: boolean;
}

export function registerGenerate(program: Command, context: CommandContext): void {
  program
    .command("generate")
    .description("Write copy for a market from a short brief.")
    .requiredOption("--country <market>", "target market: MX, mexico or es-MX")
    .option("--industry <name>", "industry, e.g. fashion, electronics, food")
    .addOption(
      new Option("--type <content_type>", "what to write").choices(contentTypes).default("product_description"),
    )
    .addOption(new Option("--tone <tone>", "tone of voice").choices(tones).default("friendly"))
    .option("--length <words>", "target length in words, or short, medium, long", "medium")
    .addOption(new Option("--provider <provider>", "use only this provider").choices(providerIds))
    .option("--model <id>", "model id for --provider")
    .option("--json", "write the whole response as JSON")
    .argument("<prompt...>", "what the copy is about")
    .action(async (words: string[], flags: GenerateFlags) => {
      const { io } = context;
      const response = await generate(
        {
          prompt: words.join(" "),
          content_type: flags.type,
          target_country: flags.country,
          ...(flags.industry !== undefined && { target_industry: flags.industry }),
          tone: flags.tone,
          length: flags.length,
          ...(flags.provider !== undefined && { provider: flags.provider }),
          ...(flags.model !== undefined && { model: flags.model }),
        },
        { models: createModels(io.env) },
      ).catch((error: unknown) => {
        throw asUsageError(error);
      });
      if (flags.json) {
        io.stdout(`${JSON.stringify(response, null, 2)}\n`);
        return;
      }
      io.stdout(`${response.content}\n`);
      printFindings(io, response.metadata.findings);
      io.stderr(`score ${response.performance_score} · ${response.metadata.provider} · ${response.metadata.locale}\n`);
    });
}

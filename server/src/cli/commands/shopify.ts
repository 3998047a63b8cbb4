import { writeFile } from "node:fs/promises";
import { SingleBar } from "cli-progress";
import { type Command, Option } from "commander";
import { createModels, providerIds } from "../../models.ts";
import { localizeTranslationRows } from "../../shopify/localize-csv.ts";
import { parseTranslationCsv, stringifyTranslationCsv, TranslationCsvError } from "../../shopify/translation-csv.ts";
import { asUsageError } from "../content-errors.ts";
import { type CommandContext, readInput, UsageError } from "../context.ts";

interface ShopifyLocalizeFlags {
  from: string;
  to: string;
  provider?: string;
  handles?: boolean;
  output?: string;
}

export function registerShopify(program: Command, context: CommandContext): void {
  const shopify = program.command("shopify").description("Work with Shopify's translation files.");
  shopify
    .command("localize")
    .description("Fill a Shopify translation CSV export with per-market copy, one row per target market.")
    .requiredOption("--from <locale>", "variant the shop's default content is written in, e.g. es-ES")
    .requiredOption("--to <locales>", "target markets, comma-separated, e.g. es-MX,es-AR")
    .addOption(new Option("--provider <provider>", "use only this provider").choices(providerIds))
    .option("--handles", "also localize URL handles (changes product URLs)")
    .option("-o, --output <file>", "write the CSV here instead of standard output")
    .argument("<export.csv>", "the CSV exported from Shopify (- for standard input)")
    .action(async (file: string, flags: ShopifyLocalizeFlags) => {
      const { io } = context;
      let rows: ReturnType<typeof parseTranslationCsv>;
      try {
        rows = parseTranslationCsv(await readInput(io, file));
      } catch (error) {
        if (error instanceof TranslationCsvError) throw new UsageError(`${file}: ${error.message}`);
        throw error;
      }
      const to = flags.to
        .split(",")
        .map((locale) => locale.trim())
        .filter(Boolean);
      const bar = io.isTTY ? new SingleBar({ format: "{bar} {value}/{total} fields", hideCursor: true }) : undefined;
      const summary = await localizeTranslationRows(
        rows,
        {
          from: flags.from,
          to,
          ...(flags.provider !== undefined && { provider: flags.provider }),
          ...(flags.handles !== undefined && { handles: flags.handles }),
          onProgress: (done, total) => {
            if (done === 1) bar?.start(total, 0);
            bar?.update(done);
          },
        },
        { models: createModels(io.env) },
      ).catch((error: unknown) => {
        throw asUsageError(error);
      });
      bar?.stop();
      const csv = stringifyTranslationCsv(summary.rows);
      if (flags.output) await writeFile(flags.output, csv);
      else io.stdout(csv);
      io.stderr(
        `${summary.translated} fields localized, ${summary.untouched} left as they were, ${to.length} markets\n`,
      );
    });
}

import type { PiiEntity } from "@frontier-ai/core/compliance";
import { scan, scanMarkets } from "@frontier-ai/core/compliance";
import type { Command } from "commander";
import { type CommandContext, readInput } from "../context.ts";

function formatText(entities: readonly PiiEntity[]): string {
  if (entities.length === 0) return "No personal data found.\n";
  const width = Math.max(...entities.map((entity) => entity.type.length));
  return entities
    .map((entity) => `${entity.type.padEnd(width)}  ${entity.start}-${entity.end}  ${entity.value}\n`)
    .join("");
}

function parseMarkets(value: string | undefined, fail: (message: string) => never): string[] | undefined {
  if (value === undefined) return undefined;
  const markets = value.split(",").map((market) => market.trim().toUpperCase());
  const unknown = markets.filter((market) => !(scanMarkets as readonly string[]).includes(market));
  if (unknown.length > 0) {
    fail(`error: option '--market' got ${unknown.join(", ")}; allowed values: ${scanMarkets.join(", ")}`);
  }
  return markets;
}

/** `frontier pii scan [--json] [--market <codes>] [FILE|-]`: lists the personal data in a file or stdin. */
export function registerPiiCommand(program: Command, context: CommandContext): void {
  const { io } = context;
  const pii = program.command("pii").description("Find personal data in text.");
  pii
    .command("scan")
    .description("List the personal data (identifiers, e-mails, phones, cards) found in FILE or stdin.")
    .argument("[file]", "file to scan; '-' or nothing reads standard input")
    .option("--json", 'write {"entities":[{"type","value","start","end"}]}')
    .option("--market <codes>", "comma-separated markets the text is about, most likely first (e.g. BR,AR)")
    .action(async (file: string | undefined, options: { json?: boolean; market?: string }, command: Command) => {
      const fail = (message: string): never => command.error(message, { exitCode: 2, code: "frontier.usage" });
      const markets = parseMarkets(options.market, fail);
      const text = await readInput(io, file);
      const entities = scan(text, { markets });
      io.stdout(options.json ? `${JSON.stringify({ entities })}\n` : formatText(entities));
    });
}

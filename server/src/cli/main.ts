import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { registerGenerate } from "./commands/generate.ts";
import { registerJobsCommand } from "./commands/jobs.ts";
import { registerKeysCommand } from "./commands/keys.ts";
import { registerLearningCommand } from "./commands/learning.ts";
import { registerLocalize } from "./commands/localize.ts";
import { registerMigrateCommand } from "./commands/migrate.ts";
import { registerPiiCommand } from "./commands/pii.ts";
import { registerProfilesCommand } from "./commands/profiles.ts";
import { registerShopify } from "./commands/shopify.ts";
import { registerStartCommand } from "./commands/start.ts";
import { registerValidate } from "./commands/validate.ts";
import { type CliIo, type CommandContext, ExitCode, processIo, UsageError } from "./context.ts";
import { CommandExit } from "./exit.ts";

export { type CliIo, type CommandContext, ExitCode, UsageError } from "./context.ts";

export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command("frontier")
    .description("Write and localize marketing copy for Latin American markets.")
    .version(packageJson.version)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerLocalize(program, context);
  registerGenerate(program, context);
  registerValidate(program, context);
  registerShopify(program, context);
  registerPiiCommand(program, context);
  registerProfilesCommand(program, io);
  registerStartCommand(program, io);
  registerMigrateCommand(program, io);
  registerKeysCommand(program, io);
  registerJobsCommand(program, io);
  registerLearningCommand(program, io);
  return program;
}

/** Runs the CLI and resolves to its exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const context: CommandContext = { io, exitCode: ExitCode.ok };
  const program = createProgram(context);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommandExit) return error.exitCode;
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other commander error is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
}

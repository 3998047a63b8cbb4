import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { registerProfilesCommand } from "./commands/profiles.ts";

/** Exit codes shared by every command: see DESIGN's public interfaces. */
export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export function createProgram(io: CliIo = processIo): Command {
  const program = new Command("frontier")
    .description("Write and localize marketing copy for Latin American markets.")
    .version(packageJson.version)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerProfilesCommand(program, io);
  return program;
}

/** Runs the CLI and resolves to its exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other commander error is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw error;
  }
}

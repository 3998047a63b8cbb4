import { type CliFlags, type Config, loadConfig } from "../../config.ts";
import { ConfigError, ValidationError } from "../../errors.ts";
import { CommandExit } from "../exit.ts";
import type { CliIo } from "../main.ts";

/** Parses the configuration for a server command; a bad value is a usage error naming the variable or flag. */
export function configFromCli(io: CliIo, flags: CliFlags): Config {
  try {
    return loadConfig(process.env, flags);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`frontier: ${error.message}\n`);
      throw new CommandExit(2, error.message);
    }
    throw error;
  }
}

/** Turns a validation failure into a usage error that names the field. */
export async function usageOnInvalid<T>(io: CliIo, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ValidationError) {
      io.stderr(`frontier: ${error.message}\n`);
      throw new CommandExit(2, error.message);
    }
    throw error;
  }
}

/** Runs a step whose failure is the environment's (database down, port taken): one line naming it, exit 1. */
export async function failWith<T>(io: CliIo, step: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CommandExit) throw error;
    const reason = rootMessage(error);
    io.stderr(`frontier: ${step}: ${reason}\n`);
    throw new CommandExit(1, `${step}: ${reason}`);
  }
}

/** The innermost cause's first line: drizzle wraps driver errors in "Failed query: <the whole SQL>". */
function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (!(current instanceof Error)) return String(current);
  const code = "code" in current && typeof current.code === "string" ? current.code : current.name;
  return current.message.split("\n")[0] || code;
}

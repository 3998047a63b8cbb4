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

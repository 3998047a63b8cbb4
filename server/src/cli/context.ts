import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";

/** Exit codes shared by every command: see DESIGN's public interfaces. */
export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  stdin: () => Promise<string>;
  /** Whether stdout is a terminal (progress bars and colours only then). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export const processIo: CliIo = {
  stdout: (output) => process.stdout.write(output),
  stderr: (output) => process.stderr.write(output),
  stdin: () => text(process.stdin),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
};

/** What a command needs: where to write, and the exit code it may raise (findings → 1). */
export interface CommandContext {
  io: CliIo;
  exitCode: number;
}

/** A usage error: the message names the flag or argument and what is allowed. Exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The text of FILE, or of standard input for `-` or no file. */
export async function readInput(io: CliIo, file: string | undefined): Promise<string> {
  if (file === undefined || file === "-") return io.stdin();
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

import type { CliIo } from "./context.ts";

/** An in-memory CliIo for tests: what a command printed, and the stdin and environment it saw. */
export function captureIo(options: { stdin?: string; env?: Record<string, string | undefined>; isTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: async () => options.stdin ?? "",
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));

// Runs the README's building blocks for real: the workspace link of the `frontier` bin through pnpm.
// Each spawns pnpm and Node, which can take seconds on a busy machine.
describe("the frontier bin", { timeout: 60_000 }, () => {
  it("is linked at the workspace root and prints its help", async () => {
    const { stdout } = await run("pnpm", ["frontier", "--help"], { cwd: root });
    expect(stdout).toContain("Usage: frontier");
  });

  it("exits 2 on an unknown option and names it", async () => {
    const failure = await run("pnpm", ["frontier", "--no-such-flag"], { cwd: root }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect(String((failure as { stderr?: string }).stderr)).toContain("--no-such-flag");
  });
});

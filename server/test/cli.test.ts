import { describe, expect, it } from "vitest";
import { ExitCode, main } from "../src/cli/main.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe("main", () => {
  it("prints the version from package.json", async () => {
    const { io, out } = capture();
    expect(await main(["--version"], io)).toBe(ExitCode.ok);
    expect(out.join("")).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("returns the usage exit code for an unknown command", async () => {
    const { io, err } = capture();
    expect(await main(["no-such-command"], io)).toBe(ExitCode.usage);
    expect(err.join("")).toContain("no-such-command");
  });
});

import { describe, expect, it } from "vitest";
import { captureIo } from "./capture-io.ts";
import { ExitCode, main } from "./main.ts";

describe("main", () => {
  it("prints the version from package.json", async () => {
    const { io, stdout } = captureIo();
    expect(await main(["--version"], io)).toBe(ExitCode.ok);
    expect(stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("returns the usage exit code for an unknown command", async () => {
    const { io, stderr } = captureIo();
    expect(await main(["no-such-command"], io)).toBe(ExitCode.usage);
    expect(stderr()).toContain("no-such-command");
  });
});

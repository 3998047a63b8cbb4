import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { ExitCode, main } from "../main.ts";

function capture(stdinText = "") {
  const { io, stdout, stderr } = captureIo({ stdin: stdinText });
  return { io, out: stdout, err: stderr };
}

const sample = "Cliente: CPF 390.533.447-05, e-mail ana@loja.com.br, tel +55 11 96123-4567.";

describe("frontier pii scan", () => {
  let directory: string;
  let file: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "frontier-pii-"));
    file = join(directory, "customers.txt");
    await writeFile(file, sample);
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("writes the entities of a file as JSON and exits 0", async () => {
    const { io, out } = capture();
    expect(await main(["pii", "scan", "--json", file], io)).toBe(ExitCode.ok);
    expect(JSON.parse(out())).toEqual({
      entities: [
        { type: "CPF", value: "390.533.447-05", start: 13, end: 27 },
        { type: "EMAIL", value: "ana@loja.com.br", start: 36, end: 51 },
        { type: "PHONE", value: "+55 11 96123-4567", start: 57, end: 74 },
      ],
    });
  });

  it("reads standard input for '-' and without a file, and lists entities as text", async () => {
    for (const argv of [
      ["pii", "scan", "-"],
      ["pii", "scan"],
    ]) {
      const { io, out } = capture(sample);
      expect(await main(argv, io)).toBe(ExitCode.ok);
      expect(out().split("\n")).toEqual([
        "CPF    13-27  390.533.447-05",
        "EMAIL  36-51  ana@loja.com.br",
        "PHONE  57-74  +55 11 96123-4567",
        "",
      ]);
    }
  });

  it("says so when nothing is found", async () => {
    const { io, out } = capture("Remeras a $ 12.999, 3 cuotas.");
    expect(await main(["pii", "scan"], io)).toBe(ExitCode.ok);
    expect(out()).toBe("No personal data found.\n");
  });

  it("uses --market to tell apart a number valid in two systems", async () => {
    const { io, out } = capture("documento 4.907.760-2");
    expect(await main(["pii", "scan", "--json", "--market", "UY"], io)).toBe(ExitCode.ok);
    expect(JSON.parse(out()).entities.map((entity: { type: string }) => entity.type)).toEqual(["CI_UY"]);
  });

  it("exits 2 naming a missing file", async () => {
    const { io, err } = capture();
    const missing = join(directory, "nope.txt");
    expect(await main(["pii", "scan", missing], io)).toBe(ExitCode.usage);
    expect(err()).toContain(`cannot read ${missing}: no such file`);
  });

  it("exits 2 naming an unknown market and the allowed values", async () => {
    const { io, err } = capture(sample);
    expect(await main(["pii", "scan", "--market", "XX"], io)).toBe(ExitCode.usage);
    expect(err()).toMatch(/option '--market' got XX; allowed values: MX, BR, AR/);
  });
});

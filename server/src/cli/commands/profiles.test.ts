import { listProfiles } from "@frontier-ai/cultural-profiles";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { ExitCode, main } from "../main.ts";

function capture() {
  const { io, stdout, stderr } = captureIo();
  return { io, out: stdout, err: stderr };
}

describe("frontier profiles", () => {
  it("lists every market as a table with locale, country, name, currency and address form", async () => {
    const { io, out } = capture();
    expect(await main(["profiles", "list"], io)).toBe(ExitCode.ok);
    const lines = out().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^LOCALE\s+COUNTRY\s+NAME\s+CURRENCY\s+ADDRESS$/);
    expect(lines).toHaveLength(listProfiles().length + 1);
    expect(lines.find((line) => line.startsWith("es-AR"))).toMatch(/^es-AR\s+AR\s+Argentina\s+ARS\s+vos$/);
    expect(lines.find((line) => line.startsWith("pt-BR"))).toMatch(/^pt-BR\s+BR\s+Brazil\s+BRL\s+você$/);
  });

  it("lists by default when no subcommand is given", async () => {
    const bare = capture();
    const listed = capture();
    expect(await main(["profiles"], bare.io)).toBe(ExitCode.ok);
    await main(["profiles", "list"], listed.io);
    expect(bare.out()).toBe(listed.out());
  });

  it("lists as JSON", async () => {
    const { io, out } = capture();
    expect(await main(["profiles", "list", "--json"], io)).toBe(ExitCode.ok);
    const parsed: unknown = JSON.parse(out());
    expect(parsed).toMatchObject({
      profiles: expect.arrayContaining([
        { locale: "es-MX", country: "MX", name: "Mexico", currency: "MXN", addressForm: "tu" },
        { locale: "es-ES", country: "ES", name: "Spain", currency: "EUR", addressForm: "tu" },
      ]),
    });
    expect(parsed).toHaveProperty("profiles.length", 22);
  });

  it.each(["es-AR", "AR", "argentina", "es_ar"])("shows a market given as %s", async (query) => {
    const { io, out } = capture();
    expect(await main(["profiles", "show", query, "--year", "2026"], io)).toBe(ExitCode.ok);
    const text = out();
    expect(text).toContain("Argentina (es-AR, AR)");
    expect(text).toContain("vos (plural ustedes)");
    expect(text).toContain("cuotas sin interés");
    expect(text).toContain("2026-10-18  Día de la Madre");
    expect(text).toContain("2026-05-11 … 2026-05-13  Hot Sale");
  });

  it("lists the retail calendar in date order", async () => {
    const { io, out } = capture();
    expect(await main(["profiles", "show", "CO", "--year", "2026"], io)).toBe(ExitCode.ok);
    const dates = [...out().matchAll(/^ {4}(\d{4}-\d{2}-\d{2})/gm)].map((match) => match[1] ?? "");
    expect(dates).toEqual(["2026-04-25", "2026-05-10", "2026-06-21", "2026-11-27"]);
  });

  it("marks estimated retail dates", async () => {
    const { io, out } = capture();
    expect(await main(["profiles", "show", "mexico", "--year", "2027"], io)).toBe(ExitCode.ok);
    expect(out()).toContain("2027-11-11 … 2027-11-15  El Buen Fin (estimated)");
  });

  it("shows the whole profile as JSON", async () => {
    const { io, out } = capture();
    expect(await main(["profiles", "show", "brasil", "--json"], io)).toBe(ExitCode.ok);
    expect(JSON.parse(out())).toMatchObject({
      locale: "pt-BR",
      currency: { code: "BRL" },
      address: { default: "voce" },
    });
  });

  it("exits 2 and lists the supported values for an unknown market", async () => {
    const { io, out, err } = capture();
    expect(await main(["profiles", "show", "atlantis"], io)).toBe(ExitCode.usage);
    expect(out()).toBe("");
    expect(err()).toContain('unknown market "atlantis"');
    for (const value of ["es-AR", "MX", "brasil", "es-ES"]) expect(err()).toContain(value);
  });

  it("exits 2 on a missing market or a bad year", async () => {
    expect(await main(["profiles", "show"], capture().io)).toBe(ExitCode.usage);
    expect(await main(["profiles", "show", "es-AR", "--year", "soon"], capture().io)).toBe(ExitCode.usage);
  });
});

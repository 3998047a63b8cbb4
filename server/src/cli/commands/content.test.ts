import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { ExitCode, main } from "../main.ts";

async function run(argv: string[], stdin = "") {
  const capture = captureIo({ stdin });
  const code = await main(argv, capture.io);
  return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe("frontier localize", { timeout: 60_000 }, () => {
  it("writes the localized document to stdout for one target", async () => {
    const result = await run(
      ["localize", "--from", "es-ES", "--to", "es-MX", "--format", "html"],
      "<p>Coge tu <b>ordenador</b> y el móvil.</p>",
    );
    expect(result.code).toBe(ExitCode.ok);
    expect(result.stdout).toBe("<p>Toma tu <b>computadora</b> y el celular.</p>");
  });

  it("writes JSON results for several targets", async () => {
    const result = await run(
      ["localize", "--from", "es-ES", "--to", "es-MX,es-AR", "--format", "text"],
      "Coge el móvil.",
    );
    const parsed = JSON.parse(result.stdout) as {
      results: { locale: string; content: string; adaptations: unknown[] }[];
    };
    expect(parsed.results.map((entry) => entry.locale)).toEqual(["es-MX", "es-AR"]);
    for (const entry of parsed.results) {
      expect(entry.content).toContain("celular");
      expect(entry).toHaveProperty("findings");
      expect(entry).toHaveProperty("score");
    }
  });

  it("exits 2 naming --to and listing supported locales for an unknown market", async () => {
    const result = await run(["localize", "--from", "es-ES", "--to", "es-ZZ"], "Hola");
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("--to");
    expect(result.stderr).toContain("es-AR");
  });

  it("exits 2 naming --provider when the rules provider cannot translate the pair", async () => {
    const result = await run(["localize", "--from", "es-ES", "--to", "pt-BR"], "Hola");
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toMatch(/--provider.*openai/s);
  });

  it("exits 2 for a format that does not exist", async () => {
    const result = await run(["localize", "--from", "es-ES", "--to", "es-MX", "--format", "docx"], "Hola");
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("--format");
  });
});

describe("frontier validate", { timeout: 60_000 }, () => {
  it("exits 1 with JSON findings when copy uses another market's words", async () => {
    const result = await run(["validate", "--locale", "es-MX", "--json"], "Vosotros podéis pagar con el móvil.");
    expect(result.code).toBe(ExitCode.failed);
    const { findings } = JSON.parse(result.stdout) as {
      findings: { rule: string; severity: string; start: number; end: number }[];
    };
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.severity === "error")).toBe(true);
    for (const finding of findings) expect(finding.end).toBeGreaterThan(finding.start);
  });

  it("exits 0 on clean copy", async () => {
    const result = await run(["validate", "--locale", "es-MX", "--json"], "Compra tu computadora hoy.");
    expect(JSON.parse(result.stdout)).toEqual({ findings: [] });
    expect(result.code).toBe(ExitCode.ok);
  });
});

describe("frontier generate", { timeout: 60_000 }, () => {
  it("writes the whitepaper's response as JSON", async () => {
    const result = await run([
      "generate",
      "--country",
      "mexico",
      "--type",
      "social_post",
      "--length",
      "short",
      "--json",
      "café",
      "de",
      "olla",
    ]);
    expect(result.code).toBe(ExitCode.ok);
    const response = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(response).sort()).toEqual(["content", "cultural_adaptations", "metadata", "performance_score"]);
    expect(response.content).toContain("café de olla");
  });

  it("exits 2 naming --country for an unknown market", async () => {
    const result = await run(["generate", "--country", "atlantis", "algo"]);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("--country");
  });

  it("exits 2 naming --length for a bad length", async () => {
    const result = await run(["generate", "--country", "MX", "--length", "-3", "algo"]);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("--length");
  });
});

import { readFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../cli/capture-io.ts";
import { ExitCode, main } from "../cli/main.ts";
import { parseTranslationCsv, translationCsvHeader } from "./translation-csv.ts";

const fixture = new URL("fixtures/translation-export.csv", import.meta.url);
const source = readFileSync(fixture, "utf8");

describe("frontier shopify localize", { timeout: 60_000 }, () => {
  it("fills one row per source row and market, keeps the header, and leaves untranslatable fields alone", async () => {
    const directory = await mkdtemp(join(tmpdir(), "frontier-shopify-"));
    const output = join(directory, "out.csv");
    const { io, stderr } = captureIo();
    const code = await main(
      ["shopify", "localize", "--from", "es-ES", "--to", "es-MX,es-AR", fixture.pathname, "-o", output],
      io,
    );
    expect(code, stderr()).toBe(ExitCode.ok);

    const written = await readFile(output, "utf8");
    expect(written.startsWith("\uFEFF")).toBe(true);
    expect(written.split("\r\n")[0]).toBe(`\uFEFF${translationCsvHeader.join(",")}`);
    const input = parseTranslationCsv(source);
    const rows = parseTranslationCsv(written);
    expect(input.length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((row) => row.market === "Mexico")).toHaveLength(input.length);
    expect(rows.filter((row) => row.market === "Argentina")).toHaveLength(input.length);
    expect(rows.every((row) => row.locale === "es")).toBe(true);

    const byKey = new Map(input.map((row) => [`${row.type}/${row.identification}/${row.field}`, row]));
    for (const row of rows) {
      const original = byKey.get(`${row.type}/${row.identification}/${row.field}`);
      expect(original?.defaultContent).toBe(row.defaultContent);
      if (row.field === "handle" || /^https?:|^\d+$/.test(row.defaultContent) || row.defaultContent === "") {
        expect(row.translatedContent).toBe(original?.translatedContent);
      }
    }
    const title = rows.find(
      (row) => row.market === "Mexico" && row.identification === "8812345678900" && row.field === "title",
    );
    expect(title?.translatedContent).toBe("Laptop ligera");
    const body = rows.find(
      (row) => row.market === "Argentina" && row.field === "body_html" && row.identification === "8812345678900",
    );
    expect(body?.translatedContent).toContain("<strong>computadora</strong>");
    expect(body?.translatedContent).toContain('<li>Pantalla de 14"</li>');
    const page = rows.find((row) => row.market === "Argentina" && row.type === "PAGE" && row.field === "body_html");
    expect(page?.translatedContent).not.toMatch(/recibiréis|vuestro|tenéis|escribidnos/i);
    expect(stderr()).toMatch(/fields localized/);
  });

  it("refuses a file with another header, naming the expected one", async () => {
    const { io, stderr } = captureIo({ stdin: "Handle,Title\nx,y\n" });
    expect(await main(["shopify", "localize", "--from", "es-ES", "--to", "es-MX", "-"], io)).toBe(ExitCode.usage);
    expect(stderr()).toContain("Type,Identification,Field");
  });

  it("reads a byte-order mark and CRLF line ends", () => {
    expect(parseTranslationCsv(`\uFEFF${source}`)).toEqual(parseTranslationCsv(source));
  });
});

import { describe, expect, it } from "vitest";
import type { Detection } from "./detection.ts";
import { resolveOverlaps, scan } from "./scan.ts";

const at = (type: Detection["type"], start: number, end: number, evidence: Detection["evidence"]): Detection => ({
  type,
  start,
  end,
  evidence,
});

describe("the overlap rule", () => {
  it("prefers checked evidence, then keyword context, then phones, whatever the lengths", () => {
    const phone = at("PHONE", 0, 20, "phone");
    const weak = at("DNI_AR", 2, 12, "context");
    const checked = at("CPF", 5, 19, "checked");
    expect(resolveOverlaps([phone, weak, checked])).toEqual([checked]);
    expect(resolveOverlaps([phone, weak])).toEqual([weak]);
  });

  it("then the longer span, the earlier start and the type order, independent of input order", () => {
    const email = at("EMAIL", 0, 30, "checked");
    const inside = at("CPF", 5, 19, "checked");
    const left = at("CUIT", 40, 51, "checked");
    const right = at("CPF", 45, 56, "checked");
    const sameSpanA = at("RUC_PE", 60, 71, "checked");
    const sameSpanB = at("CPF", 60, 71, "checked");
    const input = [right, inside, sameSpanA, email, left, sameSpanB];
    const expected = [email, left, sameSpanB];
    expect(resolveOverlaps(input)).toEqual(expected);
    expect(resolveOverlaps([...input].reverse())).toEqual(expected);
  });

  it("keeps touching but not overlapping spans", () => {
    const first = at("CPF", 0, 10, "checked");
    const second = at("PHONE", 10, 20, "phone");
    expect(resolveOverlaps([second, first])).toEqual([first, second]);
  });
});

describe("phone keywords", () => {
  it("reads a bare national number as a phone only after a phone keyword, never after a product keyword", () => {
    expect(scan("Tel: 94231234", { markets: ["UY"] }).map((entity) => entity.type)).toEqual(["PHONE"]);
    expect(scan("Lote 94231234", { markets: ["UY"] })).toEqual([]);
    expect(scan("SKU 9423-1234 y código 2221-2345", { markets: ["UY", "MX"] })).toEqual([]);
  });

  it("finds two numbers of different countries printed side by side", () => {
    const text = "+52 222 123 4567 (11) 96123-4567";
    expect(scan(text, { markets: ["MX", "BR"] }).map((entity) => entity.value)).toEqual([
      "+52 222 123 4567",
      "(11) 96123-4567",
    ]);
  });

  it("does not read dates, dotted identifier layouts or short codes as phones", () => {
    expect(
      scan("Vigente del 2026-08-09 al 25-11-2026; ver 123.456.789-00 y /21447 (2018)", { types: ["PHONE"] }),
    ).toEqual([]);
  });

  it("keeps the whole number when an earlier default country accepts only its tail", () => {
    const text = "Llamá al (809) 234-5678";
    expect(scan(text).map((entity) => entity.value)).toEqual(["(809) 234-5678"]);
  });
});

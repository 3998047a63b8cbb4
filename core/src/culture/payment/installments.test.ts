import { getProfile } from "@frontier-ai/cultural-profiles";
import { describe, expect, it } from "vitest";
import { scanTokens } from "../text/tokenize.ts";
import { findInstallments, installmentsStyle, rewriteInstallments } from "./installments.ts";

function rewrite(text: string, locale: string): string {
  const style = installmentsStyle(getProfile(locale));
  if (!style) throw new Error(`no style for ${locale}`);
  const tokens = scanTokens(text);
  let out = "";
  let cursor = 0;
  for (const phrase of findInstallments(tokens)) {
    const start = tokens.start(phrase.first);
    out +=
      text.slice(cursor, start) +
      (rewriteInstallments(tokens, text, phrase, style) ?? text.slice(start, tokens.end(phrase.last)));
    cursor = tokens.end(phrase.last);
  }
  return out + text.slice(cursor);
}

describe("interest-free instalments", () => {
  it("reads each market's wording from its profile", () => {
    expect(installmentsStyle(getProfile("es-MX"))).toMatchObject({ phrase: "meses sin intereses", preposition: "a" });
    expect(installmentsStyle(getProfile("es-AR"))).toMatchObject({ phrase: "cuotas sin interés", preposition: "en" });
    expect(installmentsStyle(getProfile("es-CL"))).toMatchObject({ phrase: "cuotas sin interés", preposition: "en" });
    expect(installmentsStyle(getProfile("es-PE"))).toMatchObject({ phrase: "cuotas sin intereses", preposition: "en" });
    expect(installmentsStyle(getProfile("es-UY"))).toMatchObject({ phrase: "cuotas sin recargo", preposition: "en" });
    // No interest-free instalments phrase in the profile: nothing to write.
    expect(installmentsStyle(getProfile("es-ES"))).toBeUndefined();
    expect(installmentsStyle(getProfile("es-CO"))).toBeUndefined();
  });

  it("rewrites the phrase with its preposition, count and determiner, and leaves the market's own", () => {
    expect(rewrite("Paga a 12 meses sin intereses o hasta 18 MSI.", "es-AR")).toBe(
      "Paga en 12 cuotas sin interés o hasta 18 cuotas sin interés.",
    );
    expect(rewrite("Los 6 MSI y las cuotas sin interés.", "es-CL")).toBe(
      "Las 6 cuotas sin interés y las cuotas sin interés.",
    );
    expect(rewrite("En 6 cuotas sin interés.", "es-MX")).toBe("A 6 meses sin intereses.");
    expect(rewrite("Llévalo a 12 MSI.", "es-MX")).toBe("Llévalo a 12 MSI.");
  });

  it("takes months as a span of time, or instalments with another complement, as no phrase", () => {
    for (const text of [
      "Llega en 2 meses.",
      "Garantía de 6 meses sin costo.",
      "12 cuotas fijas.",
      "cuotas sin tarjeta",
    ]) {
      expect(findInstallments(scanTokens(text))).toEqual([]);
    }
  });
});

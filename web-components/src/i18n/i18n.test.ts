import { describe, expect, it } from "vitest";
import { translator, uiLanguageFor } from "./i18n.ts";
import { en } from "./resources/en.ts";
import { es } from "./resources/es.ts";
import { ptBR } from "./resources/pt-BR.ts";

describe("UI strings", () => {
  it("maps the user's preferred languages onto es, pt-BR or the English fallback", () => {
    expect(uiLanguageFor(["es-AR", "en"])).toBe("es");
    expect(uiLanguageFor(["pt-PT"])).toBe("pt-BR");
    expect(uiLanguageFor(["fr-FR", "pt-BR"])).toBe("pt-BR");
    expect(uiLanguageFor(["de"])).toBe("en");
  });

  it("translates with interpolation and without HTML escaping", () => {
    expect(translator("es")("generator.result", { market: "es-AR" })).toBe("Resultado para es-AR");
    expect(translator("pt-BR")("preview.change", { from: "<a>", to: "b" })).toBe("“<a>” virou “b”");
    expect(translator("en")("generator.generate")).toBe("Generate");
  });

  it("has every key in every language, none left empty", () => {
    for (const strings of [es, ptBR]) {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
      expect(Object.values(strings).every((value) => value.trim() !== "")).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { resolveTargets, type ShopContext } from "./resources.server.ts";

const context: ShopContext = {
  primaryLocale: "en",
  locales: [
    { locale: "en", name: "English", primary: true, published: true },
    { locale: "es", name: "Spanish", primary: false, published: false },
  ],
  markets: [
    { id: "gid://shopify/Market/1", name: "Mexico", countryCodes: ["MX"] },
    { id: "gid://shopify/Market/2", name: "Southern Cone", countryCodes: ["AR", "UY"] },
  ],
};

describe("resolveTargets", () => {
  it("says what the shop lacks for each market, in the table's order", () => {
    const targets = resolveTargets(context, ["pt-BR", "es-AR", "es-MX"]);
    expect(targets.map((target) => [target.locale, target.marketId, target.problem])).toEqual([
      ["es-MX", "gid://shopify/Market/1", "Publish the es language."],
      ["es-AR", "gid://shopify/Market/2", "Publish the es language."],
      ["pt-BR", null, "Add the pt-BR language to the shop."],
    ]);
  });

  it("finds a country inside a multi-country market and needs no market for pt-BR", () => {
    const published: ShopContext = {
      ...context,
      locales: [
        ...context.locales.map((locale) => ({ ...locale, published: true })),
        { locale: "pt-BR", name: "Portuguese (Brazil)", primary: false, published: true },
      ],
    };
    const targets = resolveTargets(published, ["es-UY", "es-CL", "pt-BR"]);
    expect(targets.map((target) => [target.locale, target.marketId, target.problem])).toEqual([
      ["es-CL", null, "No market includes CL."],
      ["es-UY", "gid://shopify/Market/2", null],
      ["pt-BR", null, null],
    ]);
  });
});

import { readFileSync } from "node:fs";
import { Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import { describe, expect, it } from "vitest";

const blockPath = new URL("../extensions/frontier-localized/blocks/localized-copy.liquid", import.meta.url);
const localesPath = new URL("../extensions/frontier-localized/locales/en.default.json", import.meta.url);
const source = readFileSync(blockPath, "utf8");

/** liquidjs with Shopify's `schema` tag, which renders nothing (the theme editor reads it). */
function shopifyLiquid(): Liquid {
  const engine = new Liquid();
  engine.registerTag("schema", {
    parse(_token: TagToken, remaining: TopLevelToken[]) {
      for (let token = remaining.shift(); token; token = remaining.shift()) {
        if ("name" in token && token.name === "endschema") return;
      }
      throw new Error("unclosed schema tag");
    },
    render() {},
  });
  return engine;
}

function render(overrides: { locale?: string; country?: string; key?: string; scriptUrl?: string } = {}): string {
  return shopifyLiquid().parseAndRenderSync(source, {
    product: { id: 8812345678902, description: "<p>Bolso de lona, ideal para el súper.</p>" },
    request: { locale: { iso_code: overrides.locale ?? "es" } },
    localization: { country: { iso_code: overrides.country ?? "MX" } },
    block: {
      shopify_attributes: 'data-shopify-editor-block="{}"',
      settings: {
        publishable_key: overrides.key ?? "fk_pub_demo",
        server_url: "https://frontier.example.com",
        script_url: overrides.scriptUrl ?? "",
      },
    },
  });
}

describe("theme app block", () => {
  it("renders <frontier-localized> with the product, the market locale and the publishable key", () => {
    const html = render();
    expect(html).toContain('<frontier-localized\n  content-id="shopify-product-8812345678902"');
    expect(html).toContain('product-id="8812345678902"');
    expect(html).toContain('locale="es-MX"');
    expect(html).toContain('publishable-key="fk_pub_demo"');
    expect(html).toContain('api-base="https://frontier.example.com"');
  });

  it("keeps the server-rendered description as the fallback inside the element", () => {
    expect(render()).toMatch(/>\s*<p>Bolso de lona, ideal para el súper\.<\/p><\/frontier-localized>/);
  });

  it("keeps a regional locale as it is and escapes merchant settings", () => {
    const html = render({ locale: "pt-BR", country: "BR", key: '"><script>alert(1)</script>' });
    expect(html).toContain('locale="pt-BR"');
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain('publishable-key="&#34;&gt;&lt;script&gt;');
  });

  it("loads the element script only when a URL is set", () => {
    expect(render()).not.toContain("<script");
    expect(render({ scriptUrl: "https://cdn.example.com/frontier.js" })).toContain(
      '<script type="module" src="https://cdn.example.com/frontier.js" defer></script>',
    );
  });

  it("declares a product-template block whose settings all have translated labels", () => {
    const schemaText = /\{% schema %\}([\s\S]*?)\{% endschema %\}/.exec(source)?.[1];
    const schema = JSON.parse(schemaText ?? "null") as {
      target: string;
      enabled_on: { templates: string[] };
      settings: { id: string; label: string }[];
    };
    expect(schema.target).toBe("section");
    expect(schema.enabled_on.templates).toEqual(["product"]);
    expect(schema.settings.map((setting) => setting.id)).toEqual(["publishable_key", "server_url", "script_url"]);
    const translations = JSON.parse(readFileSync(localesPath, "utf8")) as Record<string, unknown>;
    for (const setting of schema.settings) {
      const path = setting.label.replace(/^t:/, "").split(".");
      const label = path.reduce<unknown>(
        (node, segment) =>
          typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined,
        translations,
      );
      expect(typeof label).toBe("string");
    }
  });
});

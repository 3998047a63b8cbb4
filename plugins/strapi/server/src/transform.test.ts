import { describe, expect, it } from "vitest";
import { planFields } from "./field-plan.ts";
import { type Attributes, attributesOf } from "./schema.ts";
import { populateFor, rewrite, type Segment } from "./transform.ts";

const components: Record<string, Attributes> = {
  "shared.quote": {
    text: { type: "text", localized: true },
    author: { type: "string", localized: true },
    photo: { type: "media", localized: true },
  },
};
const schemaOf = (uid: string) => components[uid] ?? {};
const upper = (segment: Segment) =>
  segment.format === "rich-text"
    ? segment.text.replace(/"text":"([^"]*)"/g, (_, t) => `"text":"${t.toUpperCase()}"`)
    : segment.text.toUpperCase();

describe("rewrite", () => {
  it("replaces the texts of a dynamic zone, drops component ids and reduces media to ids", () => {
    const collected: Segment[] = [];
    const value = [
      { id: 4, __component: "shared.quote", text: "hola", author: "ana", photo: { id: 9, url: "/x.png" } },
    ];
    const out = rewrite(
      value,
      { type: "dynamiczone", components: ["shared.quote"], localized: true },
      schemaOf,
      upper,
      (s) => collected.push(s),
    );
    expect(out).toEqual([{ __component: "shared.quote", text: "HOLA", author: "ANA", photo: 9 }]);
    expect(collected.map((s) => s.text)).toEqual(["hola", "ana"]);
  });

  it("sends blocks as rich-text JSON and parses the answer back", () => {
    const blocks = [{ type: "paragraph", children: [{ type: "text", text: "móvil", bold: true }] }];
    const out = rewrite(blocks, { type: "blocks", localized: true }, schemaOf, upper);
    expect(out).toEqual([{ type: "paragraph", children: [{ type: "text", text: "MÓVIL", bold: true }] }]);
  });

  it("passes non-text values through and skips empty text", () => {
    const collected: Segment[] = [];
    expect(rewrite(42, { type: "integer", localized: true }, schemaOf, upper, (s) => collected.push(s))).toBe(42);
    expect(rewrite("  ", { type: "string", localized: true }, schemaOf, upper, (s) => collected.push(s))).toBe("  ");
    expect(collected).toEqual([]);
  });
});

describe("populateFor", () => {
  it("loads components, dynamic zones and their nested media, not top-level relations", () => {
    const schema: Attributes = {
      title: { type: "string", localized: true },
      category: { type: "relation", localized: true },
      quote: { type: "component", component: "shared.quote", localized: true },
      sections: { type: "dynamiczone", components: ["shared.quote"], localized: true },
    };
    expect(populateFor(schema, schemaOf)).toEqual({
      quote: { populate: { photo: true } },
      sections: { on: { "shared.quote": { populate: { photo: true } } } },
    });
  });
});

describe("planFields", () => {
  it("localizes text by default, never touches shared fields, media or relations, and ignores invalid choices", () => {
    const plan = planFields(
      {
        title: { type: "string", localized: true },
        price: { type: "decimal", localized: false },
        cover: { type: "media", localized: true },
        stock: { type: "integer", localized: true },
      },
      { title: "copy", cover: "copy", stock: "localize" },
    );
    expect(Object.fromEntries(plan.map((f) => [f.name, f.mode]))).toEqual({
      title: "copy",
      price: "ignore",
      cover: "ignore",
      stock: "ignore",
    });
  });
});

describe("attributesOf", () => {
  it("leaves out what Strapi adds to every type (its locale, localizations, timestamps, authors)", () => {
    const model = {
      attributes: {
        title: { type: "string" },
        locale: { type: "string", writable: true, private: false, configurable: false, visible: false },
        localizations: { type: "relation", relation: "oneToMany", target: "api::article.article" },
        createdAt: { type: "datetime" },
        publishedAt: { type: "datetime", configurable: false },
        createdBy: { type: "relation", relation: "oneToOne", target: "admin::user" },
      },
    };
    const attributes = attributesOf({ getModel: () => model }, "api::article.article");
    expect(Object.keys(attributes ?? {})).toEqual(["title"]);
  });
});

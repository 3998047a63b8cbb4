import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TranslatableContent } from "../admin/resources.server.ts";
import { fieldsNeedingWork, sourceFields, toHandle, translationStatus } from "./fields.ts";

const content = (key: string, value: string | null, type = "SINGLE_LINE_TEXT_FIELD"): TranslatableContent => ({
  key,
  value,
  digest: value === null ? null : `digest-${value}`,
  locale: "en",
  type,
});

const product = [
  content("title", "Laptop"),
  content("body_html", "<p>Fast</p>", "HTML"),
  content("handle", "laptop", "URI"),
  content("meta_title", ""),
  content("vendor_note", "not ours"),
];

describe("source fields", () => {
  it("keeps known keys with a value; body_html is html; handle only on opt-in", () => {
    expect(sourceFields(product, { translateHandles: false }).map((field) => [field.key, field.format])).toEqual([
      ["title", "text"],
      ["body_html", "html"],
    ]);
    expect(sourceFields(product, { translateHandles: true }).map((field) => field.key)).toEqual([
      "title",
      "body_html",
      "handle",
    ]);
  });
});

describe("translation status", () => {
  const fields = sourceFields(product, { translateHandles: false });
  const translation = (key: string, outdated: boolean, value: string | null = "x") => ({
    key,
    value,
    locale: "es",
    outdated,
  });

  it("is missing while any field lacks a translation (an empty value counts as missing)", () => {
    expect(translationStatus(fields, [translation("title", false)])).toBe("missing");
    expect(translationStatus(fields, [translation("title", false), translation("body_html", false, "")])).toBe(
      "missing",
    );
  });

  it("is outdated when every field is translated but one translation is stale", () => {
    const translations = [translation("title", false), translation("body_html", true)];
    expect(translationStatus(fields, translations)).toBe("outdated");
    expect(fieldsNeedingWork(fields, translations).map((field) => field.key)).toEqual(["body_html"]);
  });

  it("is done when every field has a current translation", () => {
    const translations = [translation("title", false), translation("body_html", false)];
    expect(translationStatus(fields, translations)).toBe("done");
    expect(fieldsNeedingWork(fields, translations)).toEqual([]);
  });
});

describe("toHandle", () => {
  it("turns localized text into a URL handle", () => {
    expect(toHandle("Computadora portátil, año 2025!")).toBe("computadora-portatil-ano-2025");
  });

  it("always yields lowercase ASCII words joined by single hyphens", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const handle = toHandle(text);
        expect(handle === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(handle)).toBe(true);
      }),
    );
  });
});

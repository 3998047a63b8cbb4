import { describe, expect, it } from "vitest";
import { mergeSettings, type StoredSettings, toPublic } from "./settings.ts";

const base: StoredSettings = {
  serverUrl: "http://127.0.0.1:8787",
  secretKey: "fk_live_old",
  autoLocalize: { enabled: false, targetLocales: [] },
  contentTypes: {},
};

describe("mergeSettings", () => {
  it("keeps the stored key when none is sent, replaces it when one is, clears it on null", () => {
    expect(mergeSettings(base, { serverUrl: "https://frontier.example" })).toMatchObject({ secretKey: "fk_live_old" });
    expect(mergeSettings(base, { secretKey: "fk_live_new" })).toMatchObject({ secretKey: "fk_live_new" });
    expect(mergeSettings(base, { secretKey: null })).toMatchObject({ secretKey: "" });
  });

  it("names the invalid part of an update", () => {
    expect(mergeSettings(base, { serverUrl: "javascript:alert(1)" })).toMatch(/serverUrl/);
    expect(mergeSettings(base, { contentTypes: { "api::a.a": { title: "translate" } } })).toMatch(/contentTypes/);
    expect(mergeSettings(base, { autoLocalize: { targetLocales: "es-AR" } })).toMatch(/targetLocales/);
  });

  it("never shows the key in the public view", () => {
    expect(toPublic(base)).toEqual({ ...base, secretKey: undefined, hasSecretKey: true });
    expect(Object.keys(toPublic(base))).not.toContain("secretKey");
  });
});

import { getProfile, type MarketProfile } from "@frontier-ai/cultural-profiles";
import { describe, expect, it } from "vitest";
import { testAvoid, testLexicon } from "../fixtures/test-lexicon.ts";
import { buildSystemPrompt as buildDefault } from "../index.ts";
import { buildSystemPrompt, promptBlocks } from "./system-prompt.ts";

const argentina = getProfile("es-AR");
const mexico = getProfile("es-MX");

describe("system prompt from profile data", () => {
  it("writes the address form with verb forms the conjugation engine produces", () => {
    const address = promptBlocks(argentina).find((block) => block.id === "address")?.text ?? "";
    expect(address).toContain("Address the reader as vos");
    expect(address).toContain("tenés, podés, sos, comprá, descubrí, vení, no pierdas");
    const formal = promptBlocks(mexico, { address: "usted" }).find((block) => block.id === "address")?.text ?? "";
    expect(formal).toContain("tiene, puede, es, compre, descubra, venga, no pierda");
  });

  it("lists the market's words against the other markets' ones, and the words to avoid", () => {
    const prompt = buildSystemPrompt(argentina, { lexicon: testLexicon, avoid: testAvoid });
    expect(prompt).toContain('T-shirt: "remera"');
    expect(prompt).toContain('"playera"');
    expect(prompt).toContain('"coger": vulgar sexual meaning');
    expect(buildSystemPrompt(mexico, { lexicon: testLexicon })).toContain('T-shirt: "playera"');
  });

  it("takes formatting, payments and calendar from the profile", () => {
    const prompt = buildSystemPrompt(mexico, { now: new Date("2026-10-20T00:00:00Z") });
    expect(prompt).toContain(`Prices in MXN, written like ${mexico.currency.example}`);
    expect(prompt).toContain(`Dates in DMY order`);
    for (const idiom of mexico.paymentIdioms) expect(prompt).toContain(idiom.phrase);
    const upcoming = mexico.retailCalendar.filter((event) => event.name.includes("Buen Fin"));
    expect(upcoming.length).toBeGreaterThan(0);
    expect(prompt).toContain("Upcoming retail dates");
  });

  it("changes when the data changes: nothing is written per country", () => {
    const edited: MarketProfile = {
      ...mexico,
      currency: { ...mexico.currency, code: "XTS", example: "¤1,299.50" },
      address: { ...mexico.address, default: "vos" },
    };
    const prompt = buildSystemPrompt(edited);
    expect(prompt).toContain("Prices in XTS, written like ¤1,299.50");
    expect(prompt).toContain("Address the reader as vos");
    expect(buildSystemPrompt(mexico)).not.toEqual(buildSystemPrompt(argentina));
  });

  it("leaves out omitted and empty blocks, and resolves markets by name", () => {
    const ids = promptBlocks(mexico, { omit: ["calendar", "payments"] }).map((block) => block.id);
    expect(ids).not.toContain("calendar");
    expect(ids).not.toContain("vocabulary");
    expect(buildDefault("argentina")).toContain("Rioplatense Spanish (es-AR)");
  });
});

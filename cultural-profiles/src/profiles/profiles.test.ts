import { describe, expect, it } from "vitest";
import { occurrenceOf } from "../calendar/occurrence.ts";
import { marketLocales } from "../markets.ts";
import { auditSources, sourceKeys } from "../source-audit.ts";
import { sourceCatalog } from "../sources.ts";
import { profiles } from "./index.ts";

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("market profiles", () => {
  it("cover the 22 markets once each, in the order of marketLocales", () => {
    expect(profiles.map((profile) => profile.locale)).toEqual([...marketLocales]);
    expect(new Set(profiles.map((profile) => profile.country)).size).toBe(22);
  });

  describe.each(profiles.map((profile) => [profile.locale, profile] as const))("%s", (locale, profile) => {
    it("has a canonical BCP 47 locale whose region is its country", () => {
      expect(Intl.getCanonicalLocales(locale)).toEqual([locale]);
      expect(locale.endsWith(`-${profile.country}`)).toBe(true);
      expect(locale.startsWith(`${profile.language.code}-`)).toBe(true);
    });

    it("formats money, numbers, percentages and dates as it says", () => {
      expect(Intl.supportedValuesOf("currency")).toContain(profile.currency.code);
      const money = new Intl.NumberFormat(locale, profile.currency.intlOptions);
      expect(money.format(1299.5)).toBe(profile.currency.example);
      expect(money.format(1234567.891)).toBe(profile.numbers.example);
      const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
      expect(parts.find((part) => part.type === "decimal")?.value).toBe(profile.numbers.decimalSeparator);
      expect(parts.find((part) => part.type === "group")?.value).toBe(profile.numbers.groupSeparator);
      const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
      expect(percent.format(0.155)).toBe(profile.numbers.percentExample);
      const short = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "UTC" });
      expect(short.format(utc("2025-11-28"))).toBe(profile.dates.shortExample);
      const fields = short
        .formatToParts(utc("2025-11-28"))
        .filter((part) => part.type === "day" || part.type === "month" || part.type === "year")
        .map((part) => part.type[0]?.toUpperCase())
        .join("");
      expect(fields).toBe(profile.dates.order);
      expect(profile.dates.shortExample).toContain(profile.dates.separator);
    });

    it("uses an address form of its language, and vosotros only in Spain", () => {
      if (profile.language.code === "pt") {
        expect(profile.address.default).toBe("voce");
        expect(profile.address.plural).toBe("voces");
      } else {
        expect(profile.address.default).not.toBe("voce");
        expect(profile.address.plural).toBe(locale === "es-ES" ? "vosotros" : "ustedes");
      }
      expect(profile.address.useUstedWhen.length).toBeGreaterThan(0);
    });

    it("is complete", () => {
      expect(profile.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(profile.name.length).toBeGreaterThan(0);
      expect(profile.names.length).toBeGreaterThan(0);
      for (const name of profile.names) expect(name).toMatch(/^[a-z_]+$/);
      expect(profile.culturalNotes.length).toBeGreaterThan(0);
      expect(profile.communicationStyle.text.length).toBeGreaterThan(0);
      expect(profile.preferredPlatforms.length).toBeGreaterThan(0);
      expect(profile.colourAssociations.length).toBeGreaterThan(0);
      expect(profile.paymentIdioms.length).toBeGreaterThan(0);
      expect(profile.legalReferences.length).toBeGreaterThan(0);
      for (const idiom of profile.paymentIdioms) expect(idiom.market).toBe(profile.country);
      expect(profile.legalReferences).toContain(profile.country);
      for (const id of profile.legalReferences) expect(id).toMatch(/^[A-Z]{2}$/);
      const kinds = profile.retailCalendar.map((event) => event.kind);
      expect(kinds).toContain("mothers-day");
      expect(kinds).toContain("fathers-day");
      expect(kinds).toContain("shopping");
    });

    it("dates every retail event in 2026 and 2027", () => {
      const ids = profile.retailCalendar.map((event) => event.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const event of profile.retailCalendar) {
        for (const year of [2026, 2027]) {
          const { start, end } = occurrenceOf(event, year);
          expect(start.startsWith(String(year))).toBe(true);
          expect(end >= start).toBe(true);
        }
      }
    });

    it("gives every fact a source from the catalogue or marks it unverified", () => {
      const audit = auditSources(profile);
      expect(audit.sources.length).toBeGreaterThan(10);
      for (const { path, source } of audit.sources) {
        for (const key of sourceKeys(source)) expect(sourceCatalog, `${path}: ${key}`).toHaveProperty(key);
        if (source.verified) expect(source.key ?? source.url ?? source.note, path).toBeDefined();
      }
    });
  });

  it("reproduces the fact base's dates for family days", () => {
    const byLocale = new Map(profiles.map((profile) => [profile.locale, profile]));
    const day = (locale: (typeof marketLocales)[number], id: string, year: number) => {
      const event = byLocale.get(locale)?.retailCalendar.find((candidate) => candidate.id === id);
      if (event === undefined) throw new Error(`${locale} has no ${id}`);
      return occurrenceOf(event, year).start;
    };
    expect(day("es-AR", "mothers-day", 2025)).toBe("2025-10-19");
    expect(day("es-DO", "mothers-day", 2026)).toBe("2026-05-31");
    expect(day("es-CO", "childrens-day", 2026)).toBe("2026-04-25");
    expect(day("pt-BR", "fathers-day", 2027)).toBe("2027-08-08");
    expect(day("es-UY", "fathers-day", 2026)).toBe("2026-07-12");
    expect(day("es-MX", "buen-fin", 2025)).toBe("2025-11-13");
    expect(day("es-MX", "black-friday", 2026)).toBe("2026-11-27");
  });
});

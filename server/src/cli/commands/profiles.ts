import {
  type AddressForm,
  listProfiles,
  type MarketProfile,
  occurrenceOf,
  resolveMarket,
  supportedMarketQueries,
} from "@frontier-ai/cultural-profiles";
import { type Command, CommanderError, InvalidArgumentError } from "commander";
import type { CliIo } from "../main.ts";

const addressLabels: Record<AddressForm, string> = { tu: "tú", vos: "vos", usted: "usted", voce: "você" };

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function listRow(profile: MarketProfile) {
  return {
    locale: profile.locale,
    country: profile.country,
    name: profile.name,
    currency: profile.currency.code,
    addressForm: profile.address.default,
  };
}

function renderList(): string {
  const header = ["LOCALE", "COUNTRY", "NAME", "CURRENCY", "ADDRESS"];
  const rows = listProfiles().map((profile) => [
    profile.locale,
    profile.country,
    profile.name,
    profile.currency.code,
    addressLabels[profile.address.default],
  ]);
  return `${table([header, ...rows])}\n`;
}

function renderProfile(profile: MarketProfile, year: number): string {
  const lines = [
    `${profile.name} (${profile.locale}, ${profile.country})${profile.role === "contrast" ? " — source/contrast variant" : ""}`,
    `  language      ${profile.language.name}`,
    `  currency      ${profile.currency.code}, 1299.5 → ${profile.currency.example}`,
    `  numbers       decimal "${profile.numbers.decimalSeparator}", ${profile.numbers.example}, ${profile.numbers.percentExample}`,
    `  dates         ${profile.dates.order}, 2025-11-28 → ${profile.dates.shortExample}`,
    `  address       ${addressLabels[profile.address.default]} (plural ${profile.address.plural}); usted for: ${profile.address.useUstedWhen.join("; ")}`,
    `  formality     ${profile.formality.level}: ${profile.formality.note}`,
    `  style         ${profile.communicationStyle.text}`,
    "  payment idioms",
    ...profile.paymentIdioms.map((idiom) => `    ${idiom.phrase} — ${idiom.kind}, ${idiom.rail}`),
    `  retail calendar ${year}`,
    ...profile.retailCalendar
      .map((event) => ({ event, ...occurrenceOf(event, year) }))
      .sort((a, b) => a.start.localeCompare(b.start))
      .map(({ event, start, end, estimated }) => {
        const span = start === end ? start : `${start} … ${end}`;
        return `    ${span}  ${event.name}${estimated ? " (estimated)" : ""}`;
      }),
    `  platforms     ${profile.preferredPlatforms.map((platform) => platform.name).join(", ")}`,
    `  legal         ${profile.legalReferences.join(", ")}`,
  ];
  return `${lines.join("\n")}\n`;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(year)) throw new InvalidArgumentError("Expected a 4-digit year.");
  return year;
}

/** `frontier profiles [list | show <market>]`: the market profiles, as a table or JSON. */
export function registerProfilesCommand(program: Command, io: CliIo): void {
  const profiles = program.command("profiles").description("List the market profiles or show one.");

  profiles
    .command("list", { isDefault: true })
    .description("List every market: locale, country, name, currency and address form.")
    .option("--json", "write JSON")
    .action((options: { json?: boolean }) => {
      if (options.json === true) io.stdout(`${JSON.stringify({ profiles: listProfiles().map(listRow) }, null, 2)}\n`);
      else io.stdout(renderList());
    });

  profiles
    .command("show")
    .description("Show one market's profile.")
    .argument("<market>", "locale (es-AR), ISO country code (AR) or name (argentina)")
    .option("--json", "write the whole profile as JSON")
    .option("--year <year>", "year for the retail calendar dates", parseYear, new Date().getUTCFullYear())
    .action((market: string, options: { json?: boolean; year: number }) => {
      const profile = resolveMarket(market);
      if (profile === undefined) {
        const message = `error: unknown market "${market}". Supported: ${supportedMarketQueries().join(", ")}\n`;
        io.stderr(message);
        throw new CommanderError(2, "frontier.unknownMarket", message);
      }
      if (options.json === true) io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
      else io.stdout(renderProfile(profile, options.year));
    });
}

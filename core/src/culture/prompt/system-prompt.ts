// System prompts built from a market profile's data, block by block; no paragraph is written per country.
import {
  type AvoidEntry,
  isLexiconTerm,
  type LexiconConcept,
  type MarketProfile,
  occurrenceOf,
  termFor,
} from "@frontier-ai/cultural-profiles";
import type { SingularAddress } from "../address/address-transfer.ts";
import { conjugate, type Person } from "../conjugation/conjugate.ts";
import { formOf } from "../conjugation/forms-index.ts";

export type PromptBlockId =
  | "language"
  | "address"
  | "style"
  | "vocabulary"
  | "avoid"
  | "formatting"
  | "payments"
  | "calendar";

export type PromptBlock = { readonly id: PromptBlockId; readonly title: string; readonly text: string };

export type PromptOptions = {
  /** What the model is asked to do; the first line says it. */
  readonly task?: "generate" | "localize" | "review";
  /** Address to write in when not the market's default (formal copy: usted). */
  readonly address?: SingularAddress;
  /** Concepts for the vocabulary block; without them the block is left out. */
  readonly lexicon?: readonly LexiconConcept[];
  readonly avoid?: readonly AvoidEntry[];
  /** At most this many vocabulary lines (default 40). */
  readonly vocabularyLimit?: number;
  /** Today, for the calendar block's upcoming dates; without it the block lists the market's events. */
  readonly now?: Date;
  /** Days ahead the calendar block looks (default 60). */
  readonly calendarWindowDays?: number;
  /** Blocks to leave out. */
  readonly omit?: readonly PromptBlockId[];
};

const TASK_LINE = {
  generate: "You write marketing copy",
  localize: "You adapt marketing copy",
  review: "You review marketing copy",
} as const;

const ADDRESS_NAME: Readonly<Record<string, string>> = { tu: "tú", vos: "vos", usted: "usted", voce: "você" };
const PERSON_OF: Readonly<Record<SingularAddress, Person>> = { tu: "tu", vos: "vos", usted: "el" };

function addressBlock(profile: MarketProfile, options: PromptOptions): string {
  const address = options.address ?? profile.address.default;
  const lines = [`Address the reader as ${ADDRESS_NAME[address] ?? address}; plural: ${profile.address.plural}.`];
  if (address !== "voce" && profile.language.code === "es") {
    const person = PERSON_OF[address];
    const examples = [
      ...["tener", "poder", "ser"].map((verb) => formOf(conjugate(verb), { tense: "present", person })),
      ...["comprar", "descubrir", "venir"].map((verb) => formOf(conjugate(verb), { tense: "imperative", person })),
      `no ${formOf(conjugate("perder"), { tense: "subjunctive", person })}`,
    ].filter((form): form is string => form !== undefined);
    lines.push(`Verb forms: ${examples.join(", ")}. Never mix address forms in one piece.`);
  }
  if (profile.address.useUstedWhen.length > 0 && address !== "usted") {
    lines.push(`Switch to usted for: ${profile.address.useUstedWhen.join("; ")}.`);
  }
  if (profile.address.notes) lines.push(profile.address.notes);
  return lines.join("\n");
}

function vocabularyBlock(profile: MarketProfile, concepts: readonly LexiconConcept[], limit: number): string {
  const lines: string[] = [];
  for (const concept of concepts) {
    if (lines.length >= limit) break;
    if (!isLexiconTerm(concept.terms[profile.locale])) continue;
    const mine = termFor(concept, profile.locale);
    const others = new Set<string>();
    for (const [locale, cell] of Object.entries(concept.terms)) {
      if (locale === profile.locale || locale.slice(0, 2) !== profile.locale.slice(0, 2) || !isLexiconTerm(cell))
        continue;
      if (cell.term !== mine.term && !(mine.alternatives ?? []).includes(cell.term)) others.add(cell.term);
    }
    if (others.size === 0) continue;
    lines.push(
      `- ${concept.gloss}: "${mine.term}" (not ${[...others]
        .slice(0, 4)
        .map((t) => `"${t}"`)
        .join(", ")})`,
    );
  }
  return lines.join("\n");
}

function formattingBlock(profile: MarketProfile): string {
  return [
    `Prices in ${profile.currency.code}, written like ${profile.currency.example}; never convert amounts between currencies.`,
    `Numbers: decimal "${profile.numbers.decimalSeparator}", thousands "${profile.numbers.groupSeparator === "\u00a0" ? "no-break space" : profile.numbers.groupSeparator}" (${profile.numbers.example}); percentages like ${profile.numbers.percentExample}.`,
    `Dates in ${profile.dates.order} order with "${profile.dates.separator}" (${profile.dates.shortExample}).`,
  ].join("\n");
}

function calendarBlock(profile: MarketProfile, options: PromptOptions): string {
  const now = options.now;
  if (now === undefined) return profile.retailCalendar.map((event) => `- ${event.name} (${event.kind})`).join("\n");
  const windowMs = (options.calendarWindowDays ?? 60) * 86_400_000;
  const lines: string[] = [];
  for (const event of profile.retailCalendar) {
    for (const year of [now.getUTCFullYear(), now.getUTCFullYear() + 1]) {
      const occurrence = occurrenceOf(event, year);
      const start = Date.parse(`${occurrence.start}T00:00:00Z`);
      const end = Date.parse(`${occurrence.end}T23:59:59Z`);
      if (end >= now.getTime() && start - now.getTime() <= windowMs) {
        lines.push(
          `- ${event.name}: ${occurrence.start} to ${occurrence.end}${occurrence.estimated ? " (estimated)" : ""}`,
        );
        break;
      }
    }
  }
  return lines.length > 0 ? `Upcoming retail dates:\n${lines.join("\n")}` : "No retail event in the coming weeks.";
}

/** The prompt's building blocks for one market, in order; empty blocks are left out. */
export function promptBlocks(profile: MarketProfile, options: PromptOptions = {}): PromptBlock[] {
  const omit = new Set(options.omit ?? []);
  const avoid = (options.avoid ?? []).filter((entry) => entry.locale === profile.locale);
  const blocks: PromptBlock[] = [
    {
      id: "language",
      title: "Market",
      text: `${TASK_LINE[options.task ?? "generate"]} for ${profile.name} in ${profile.language.name} (${profile.locale}).`,
    },
    { id: "address", title: "Address", text: addressBlock(profile, options) },
    {
      id: "style",
      title: "Style",
      text: [
        profile.communicationStyle.text,
        profile.formality.note,
        ...profile.culturalNotes.map((note) => note.text),
      ].join("\n"),
    },
    {
      id: "vocabulary",
      title: "Vocabulary",
      text: vocabularyBlock(profile, options.lexicon ?? [], options.vocabularyLimit ?? 40),
    },
    {
      id: "avoid",
      title: "Words to avoid",
      text: avoid
        .map((entry) => `- "${entry.term}": ${entry.reason}${entry.suggestion ? ` (write "${entry.suggestion}")` : ""}`)
        .join("\n"),
    },
    { id: "formatting", title: "Formatting", text: formattingBlock(profile) },
    {
      id: "payments",
      title: "Payments",
      text: profile.paymentIdioms.map((idiom) => `- "${idiom.phrase}" (${idiom.rail}): ${idiom.note}`).join("\n"),
    },
    { id: "calendar", title: "Calendar", text: calendarBlock(profile, options) },
  ];
  return blocks.filter((block) => block.text.trim() !== "" && !omit.has(block.id));
}

export function buildSystemPrompt(profile: MarketProfile, options: PromptOptions = {}): string {
  return promptBlocks(profile, options)
    .map((block) => `## ${block.title}\n${block.text}`)
    .join("\n\n");
}

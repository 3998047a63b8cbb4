import { type MarketProfile, occurrenceOf } from "@frontier-ai/cultural-profiles";
import {
  type ContentType,
  contentTypes,
  isContentType,
  type LengthAlias,
  lengthAliases,
  targetWords,
} from "../content-types.ts";
import { InvalidContentRequestError } from "../errors.ts";
import { resolveLocale } from "../markets.ts";
import { type Industry, resolveIndustry } from "./industries.ts";
import { isTone, type Tone, tones } from "./tones.ts";

/** The whitepaper's ContentRequest, as the REST API and the CLI receive it. */
export interface GenerateRequest {
  prompt: string;
  content_type: string;
  /** `mexico`, `MX` or `es-MX`. */
  target_country: string;
  target_industry?: string;
  tone?: string;
  /** Target length in words, or `short` / `medium` / `long`. */
  length: number | string;
  provider?: string;
  /** A model id for `provider`. */
  model?: string;
  tenant?: string;
  /**
   * Copy the brand approved for this market (its brand memory's nearest entries): shown to model providers as
   * examples of its voice, bounded in size, personal data pseudonymized like the prompt.
   */
  brandExamples?: readonly string[];
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** A validated request: every field resolved to a known value. */
export interface Brief {
  prompt: string;
  contentType: ContentType;
  profile: MarketProfile;
  industry: Industry;
  /** The industry as the caller wrote it, when it is not one the templates know. */
  industryAsWritten?: string;
  tone: Tone;
  targetWords: number;
  /** The market's next retail event within 45 days of `now`, if any. */
  event?: { name: string; start: string; estimated: boolean };
}

const maxWords = 2_000;
const maxPromptCharacters = 4_000;

function parseLength(length: number | string, contentType: ContentType): number {
  if (typeof length === "number" || /^\d+$/.test(length.trim())) {
    const words = Number(length);
    if (Number.isInteger(words) && words >= 1 && words <= maxWords) return words;
  } else if ((lengthAliases as readonly string[]).includes(length.trim())) {
    return targetWords(contentType, length.trim() as LengthAlias);
  }
  throw new InvalidContentRequestError({
    field: "length",
    message: `length: expected a whole number of words from 1 to ${maxWords}, or one of ${lengthAliases.join(", ")}; got "${length}".`,
    allowed: [...lengthAliases],
  });
}

/** The first retail event of the market that starts within the next `days` days. */
export function upcomingEvent(profile: MarketProfile, now: Date, days = 45): Brief["event"] {
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const upcoming = profile.retailCalendar
    .filter((event) => event.kind !== "holiday")
    .flatMap((event) =>
      [now.getUTCFullYear(), now.getUTCFullYear() + 1].map((year) => ({
        event,
        occurrence: occurrenceOf(event, year),
      })),
    )
    .filter(({ occurrence }) => occurrence.end >= today && occurrence.start <= horizon)
    .sort((left, right) => left.occurrence.start.localeCompare(right.occurrence.start));
  const first = upcoming[0];
  return first && { name: first.event.name, start: first.occurrence.start, estimated: first.occurrence.estimated };
}

/** Validates a request field by field; each error names its field and the allowed values. */
export function parseBrief(request: GenerateRequest, now: Date = new Date()): Brief {
  const prompt = request.prompt.trim();
  if (prompt === "" || prompt.length > maxPromptCharacters) {
    throw new InvalidContentRequestError({
      field: "prompt",
      message: `prompt: expected 1 to ${maxPromptCharacters} characters describing what to write about.`,
    });
  }
  if (!isContentType(request.content_type)) {
    throw new InvalidContentRequestError({
      field: "content_type",
      message: `content_type: "${request.content_type}" is not one of ${contentTypes.join(", ")}.`,
      allowed: [...contentTypes],
    });
  }
  const tone = request.tone ?? "friendly";
  if (!isTone(tone)) {
    throw new InvalidContentRequestError({
      field: "tone",
      message: `tone: "${tone}" is not one of ${tones.join(", ")}.`,
      allowed: [...tones],
    });
  }
  const contentType = request.content_type;
  const profile = resolveLocale(request.target_country, "target_country");
  const industry = resolveIndustry(request.target_industry);
  const event = upcomingEvent(profile, now);
  return {
    prompt,
    contentType,
    profile,
    industry: industry.industry,
    ...(!industry.known && request.target_industry !== undefined && { industryAsWritten: request.target_industry }),
    tone,
    targetWords: parseLength(request.length, contentType),
    ...(event && { event }),
  };
}

/** The brief as providers receive it: a JSON document in the user message. */
export interface BriefMessage {
  task: "generate";
  prompt: string;
  content_type: ContentType;
  locale: string;
  industry: string;
  tone: Tone;
  target_words: number;
  retail_event?: string;
}

export function briefMessage(brief: Brief, prompt: string): BriefMessage {
  return {
    task: "generate",
    prompt,
    content_type: brief.contentType,
    locale: brief.profile.locale,
    industry: brief.industryAsWritten ?? brief.industry,
    tone: brief.tone,
    target_words: brief.targetWords,
    ...(brief.event && { retail_event: brief.event.name }),
  };
}

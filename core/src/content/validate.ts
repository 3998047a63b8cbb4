import type { Finding } from "../culture/index.ts";
import { lintForMarket } from "./market-lint.ts";
import { resolveLocale } from "./markets.ts";
import type { MarkupFormat } from "./markup/index.ts";
import { detectFormat, parseMarkup } from "./markup/index.ts";

/** A finding; for markup, `segment` names the segment and `start`/`end` are offsets in its text. */
export interface DocumentFinding extends Finding {
  segment?: string;
}

/**
 * Lints a document for a market. Plain text is linted whole, so offsets are offsets in the input;
 * markup is linted segment by segment (markup itself is never linted).
 */
export function validateDocument(
  content: string,
  locale: string,
  format: MarkupFormat | "auto" = "auto",
): DocumentFinding[] {
  const profile = resolveLocale(locale, "locale");
  const resolved = format === "auto" ? detectFormat(content) : format;
  if (resolved === "text") return lintForMarket(content, profile.locale);
  return parseMarkup(content, resolved).segments.flatMap((segment) =>
    lintForMarket(segment.text, profile.locale).map((finding) => ({ ...finding, segment: segment.id })),
  );
}

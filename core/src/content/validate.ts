import type { Finding } from "../culture/index.ts";
import { lintForMarket } from "./market-lint.ts";
import { resolveLocale } from "./markets.ts";
import type { MarkupFormat } from "./markup/index.ts";
import { detectFormat, parseMarkup } from "./markup/index.ts";
import type { TenantCulture } from "./tenant-culture.ts";

/** A finding; for markup, `segment` names the segment and `start`/`end` are offsets in its text. */
export interface DocumentFinding extends Finding {
  segment?: string;
}

/**
 * Lints a document for a market. Plain text is linted whole, so offsets are offsets in the input;
 * markup is linted segment by segment (markup itself is never linted). With a tenant's `culture`, its
 * lexicon overrides are what the market's vocabulary is checked against.
 */
export function validateDocument(
  content: string,
  locale: string,
  format: MarkupFormat | "auto" = "auto",
  culture?: TenantCulture,
): DocumentFinding[] {
  const profile = resolveLocale(locale, "locale");
  const resolved = format === "auto" ? detectFormat(content) : format;
  const engine = culture?.engine;
  if (resolved === "text") return lintForMarket(content, profile.locale, engine);
  return parseMarkup(content, resolved).segments.flatMap((segment) =>
    lintForMarket(segment.text, profile.locale, engine).map((finding) => ({ ...finding, segment: segment.id })),
  );
}

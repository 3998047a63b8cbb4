import { createHash } from "node:crypto";
import type { Jurisdiction } from "@frontier-ai/core";
import { ValidationError } from "../errors.ts";
import { type NoticeLanguage, noticePurposes, noticeTexts } from "./notice-texts.ts";

export interface ConsentNotice {
  market: string;
  locale: string;
  law: string;
  authority: string | null;
  text: string;
  /** Changes whenever the text does: record it with each consent. */
  text_version: string;
  purposes: { id: string; label: string; required: boolean }[];
}

function isLanguage(value: string): value is NoticeLanguage {
  return Object.hasOwn(noticeTexts, value);
}

/** `es-AR` or `AR` → the notice for Argentina in the locale's language (the market's first locale for `AR`). */
export function buildNotice(market: string, jurisdictions: Readonly<Record<string, Jurisdiction>>): ConsentNotice {
  const [first = "", second] = market.split("-");
  const code = (second ?? first).toUpperCase();
  const jurisdiction = jurisdictions[code];
  if (!jurisdiction) {
    throw new ValidationError([{ path: "market", message: `no jurisdiction data for ${market}` }]);
  }
  const locale = second ? market : (jurisdiction.locales[0] ?? `es-${code}`);
  const languageTag = (locale.split("-")[0] ?? "").toLowerCase();
  const language: NoticeLanguage = isLanguage(languageTag) ? languageTag : "es";
  const texts = noticeTexts[language];
  const noLaw = jurisdiction.law.status === "no-comprehensive-law" || jurisdiction.law.status === "not-enforceable";
  const authority = jurisdiction.authority?.name ?? null;
  const text =
    texts.body
      .replace("{law}", jurisdiction.law.title)
      .replace("{authoritySentence}", authority ? texts.authoritySentence.replace("{authority}", authority) : "") +
    (noLaw ? texts.noLawSentence : "");
  const purposes = noticePurposes.map(({ id, required }) => ({ id, label: texts.purposes[id], required }));
  const digest = createHash("sha256")
    .update(JSON.stringify([text, purposes]))
    .digest("hex")
    .slice(0, 12);
  return {
    market: code,
    locale,
    law: jurisdiction.law.title,
    authority,
    text,
    text_version: `${language}-${digest}`,
    purposes,
  };
}

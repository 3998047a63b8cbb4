import { arrayField, isRecord, numberField, stringField } from "./guards.ts";
import { invalidResponse } from "./request.ts";
import type {
  CulturalAdaptation,
  Finding,
  FindingSeverity,
  GenerateResult,
  LocalizeResult,
  ScoreComponent,
} from "./types.ts";

function parseAdaptations(values: unknown[]): CulturalAdaptation[] {
  return values.flatMap((value) => {
    if (!isRecord(value)) return [];
    const from = stringField(value, "from");
    const to = stringField(value, "to");
    if (from === undefined || to === undefined) return [];
    const rule = stringField(value, "rule");
    const remembered = value.source === "translation-memory";
    return [
      {
        from,
        to,
        reason: stringField(value, "reason") ?? "",
        ...(rule === undefined ? {} : { rule }),
        ...(remembered ? { source: "translation-memory" as const } : {}),
      },
    ];
  });
}

function parseScoreBreakdown(values: unknown[]): ScoreComponent[] {
  return values.flatMap((value) => {
    if (!isRecord(value)) return [];
    const name = stringField(value, "name");
    const score = numberField(value, "score");
    if (name === undefined || score === undefined) return [];
    return [{ name, score, weight: numberField(value, "weight") ?? 0, detail: stringField(value, "detail") ?? "" }];
  });
}

const severities: readonly FindingSeverity[] = ["error", "warning", "info"];

function parseFindings(values: unknown[]): Finding[] {
  return values.flatMap((value) => {
    if (!isRecord(value)) return [];
    const message = stringField(value, "message");
    if (message === undefined) return [];
    const severity = severities.find((known) => known === value.severity) ?? "info";
    const suggestion = stringField(value, "suggestion");
    return [
      {
        rule: stringField(value, "rule") ?? "",
        severity,
        message,
        start: numberField(value, "start") ?? 0,
        end: numberField(value, "end") ?? 0,
        ...(suggestion === undefined ? {} : { suggestion }),
      },
    ];
  });
}

export function parseGenerateResult(body: unknown): GenerateResult {
  if (!isRecord(body)) throw invalidResponse("generation result");
  const content = stringField(body, "content");
  const score = numberField(body, "performance_score");
  if (content === undefined || score === undefined) throw invalidResponse("generation result");
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  return {
    content,
    metadata: {
      provider: stringField(metadata, "provider") ?? "",
      model: stringField(metadata, "model") ?? "",
      locale: stringField(metadata, "locale") ?? "",
      score_breakdown: parseScoreBreakdown(arrayField(metadata, "score_breakdown")),
    },
    cultural_adaptations: parseAdaptations(arrayField(body, "cultural_adaptations")),
    performance_score: score,
  };
}

export function parseLocalizeResults(body: unknown): LocalizeResult[] {
  if (!isRecord(body) || !Array.isArray(body.results)) throw invalidResponse("localization result");
  return body.results.map((value) => {
    if (!isRecord(value)) throw invalidResponse("localization result");
    const locale = stringField(value, "locale");
    const content = stringField(value, "content");
    if (locale === undefined || content === undefined) throw invalidResponse("localization result");
    return {
      locale,
      content,
      adaptations: parseAdaptations(arrayField(value, "adaptations")),
      findings: parseFindings(arrayField(value, "findings")),
      score: numberField(value, "score") ?? 0,
    };
  });
}

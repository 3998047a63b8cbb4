import type { Source } from "./source.ts";

export interface SourceAudit {
  /** Every `source` found, with the path to the fact that carries it. */
  readonly sources: readonly { readonly path: string; readonly source: Source }[];
  readonly verified: number;
  readonly unverified: number;
}

function isSource(value: unknown): value is Source {
  return typeof value === "object" && value !== null && "verified" in value && typeof value.verified === "boolean";
}

/** Walks data and collects every `source` field, so tests and docs can count what is sourced. */
export function auditSources(data: unknown, path = "$"): SourceAudit {
  const sources: { path: string; source: Source }[] = [];
  const visit = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      for (const [position, item] of value.entries()) visit(item, `${at}[${position}]`);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "source" && isSource(child)) sources.push({ path: at, source: child });
      else visit(child, `${at}.${key}`);
    }
  };
  visit(data, path);
  const verified = sources.filter((entry) => entry.source.verified).length;
  return { sources, verified, unverified: sources.length - verified };
}

/** The individual keys of a source (`"S56,S57"` → `["S56", "S57"]`). */
export function sourceKeys(source: Source): readonly string[] {
  return source.key === undefined ? [] : source.key.split(",").map((key) => key.trim());
}

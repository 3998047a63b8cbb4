import { MARKUP_FORMATS } from "@frontier-ai/core";
import type { CliIo } from "./context.ts";

export const formatChoices = ["auto", ...MARKUP_FORMATS];

interface PrintableFinding {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  suggestion?: string;
  segment?: string;
}

/** Findings for a person, on stderr so that stdout stays the document. */
export function printFindings(io: CliIo, findings: readonly PrintableFinding[], prefix = ""): void {
  for (const finding of findings) {
    const where = finding.segment ? `${finding.segment}:${finding.start}` : String(finding.start);
    const suggestion = finding.suggestion ? ` (suggestion: ${finding.suggestion})` : "";
    io.stderr(`${prefix}${where} ${finding.severity} ${finding.rule}: ${finding.message}${suggestion}\n`);
  }
}

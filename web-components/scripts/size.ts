// Size budget: each self-contained bundle minified and gzipped, Lit included. Run: node scripts/size.ts
// Fails (exit 1) when <frontier-localized> alone exceeds 10 KB min+gzip: it sits on storefront pages.
import { gzipSync } from "node:zlib";
import { type EntryName, entries, standaloneCode, standaloneFileName } from "./bundles.ts";

const budgets: Partial<Record<EntryName, number>> = { "frontier-localized": 10 * 1024 };

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

let overBudget = false;
const rows: string[][] = [["bundle", "minified", "min+gzip", "budget"]];
for (const entry of Object.keys(entries) as EntryName[]) {
  const code = await standaloneCode(entry);
  const gzipped = gzipSync(code, { level: 9 }).length;
  const budget = budgets[entry];
  if (budget !== undefined && gzipped > budget) overBudget = true;
  rows.push([
    standaloneFileName(entry),
    kilobytes(Buffer.byteLength(code)),
    kilobytes(gzipped),
    budget === undefined ? "" : `${kilobytes(budget)} ${gzipped > budget ? "OVER" : "ok"}`,
  ]);
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "));
if (overBudget) {
  console.error("size budget exceeded");
  process.exitCode = 1;
}

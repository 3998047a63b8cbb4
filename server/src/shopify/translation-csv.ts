import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** The header of Shopify's translation export, in its exact order (see README: unverified against a live export). */
export const translationCsvHeader = [
  "Type",
  "Identification",
  "Field",
  "Locale",
  "Market",
  "Status",
  "Default content",
  "Translated content",
] as const;

export interface TranslationRow {
  type: string;
  identification: string;
  field: string;
  locale: string;
  market: string;
  status: string;
  defaultContent: string;
  translatedContent: string;
}

export class TranslationCsvError extends Error {
  override readonly name = "TranslationCsvError";
  readonly code = "invalid_translation_csv";
}

/**
 * Reads a translation export: tolerant of a byte-order mark, CRLF, quoted newlines and a leading
 * apostrophe that spreadsheets put before numeric ids. The header must be Shopify's, in its order.
 */
export function parseTranslationCsv(source: string): TranslationRow[] {
  let records: string[][];
  try {
    records = parse(source, { bom: true, relax_column_count: false, skip_empty_lines: true });
  } catch (error) {
    throw new TranslationCsvError(`not a valid CSV file: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const [header, ...rows] = records;
  const expected = translationCsvHeader.join(",");
  if (!header || header.map((cell) => cell.trim()).join(",") !== expected) {
    throw new TranslationCsvError(`the header must be "${expected}"; got "${header?.join(",") ?? ""}"`);
  }
  return rows.map((cells) => {
    const [
      type = "",
      identification = "",
      field = "",
      locale = "",
      market = "",
      status = "",
      defaultContent = "",
      translatedContent = "",
    ] = cells;
    return {
      type,
      identification: identification.replace(/^'/, ""),
      field,
      locale,
      market,
      status,
      defaultContent,
      translatedContent,
    };
  });
}

/** Writes rows under Shopify's header as UTF-8 with a byte-order mark (spreadsheets need it) and CRLF. */
export function stringifyTranslationCsv(rows: readonly TranslationRow[]): string {
  const body = stringify(
    rows.map((row) => [
      row.type,
      row.identification,
      row.field,
      row.locale,
      row.market,
      row.status,
      row.defaultContent,
      row.translatedContent,
    ]),
    { header: true, columns: [...translationCsvHeader], record_delimiter: "windows" },
  );
  return `\uFEFF${body}`;
}

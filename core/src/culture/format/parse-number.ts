// Reads a number written with one market's separators; refuses anything that is not unambiguous under them.

export type ParsedNumber = { readonly value: number; readonly fractionDigits: number };

const SPACES = /[\u00a0\u202f ]/g;

/**
 * `1.299,50` under (",", ".") is 1299.5; `1,299.50` under the same convention is refused (undefined), so a number
 * written for another market is never silently misread.
 */
export function parseLocalizedNumber(raw: string, decimal: string, group: string): ParsedNumber | undefined {
  const text = group === "\u00a0" || group === " " ? raw.replace(SPACES, "\u00a0") : raw;
  const groupChar = group === " " ? "\u00a0" : group;
  let integer = text;
  let fraction = "";
  const decimalAt = text.lastIndexOf(decimal);
  if (decimalAt >= 0) {
    integer = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
    if (!/^\d+$/.test(fraction)) return undefined;
  }
  if (!/^\d+$/.test(integer)) {
    const groups = integer.split(groupChar);
    const [head, ...rest] = groups;
    if (head === undefined || !/^\d{1,3}$/.test(head) || rest.length === 0) return undefined;
    if (!rest.every((g) => /^\d{3}$/.test(g))) return undefined;
    integer = groups.join("");
  }
  const value = Number(`${integer}.${fraction || "0"}`);
  return Number.isFinite(value) ? { value, fractionDigits: fraction.length } : undefined;
}

export function hasSeparator(raw: string): boolean {
  return /[.,\u00a0\u202f]/.test(raw);
}

import type { PiiType } from "./pii-types.ts";

/**
 * Keywords that announce an identifier ("DNI: 20.123.456"). Weak identifiers (no check digit, or a check digit too
 * short to tell a number from a price or a SKU) are reported only when one of their keywords precedes them.
 */
const keywordPatterns: Partial<Record<PiiType, RegExp>> = {
  CPF: /\bCPF\b/gi,
  CNPJ: /\bCNPJ\b/gi,
  RUT: /\bR\.?U\.?[TN]\b/gi,
  CURP: /\bCURP\b/gi,
  RFC: /\bR\.?F\.?C\b/gi,
  CUIT: /\bCUI[TL]\b/gi,
  RUC_PE: /\bRUC\b/gi,
  NIT: /\bNIT\b/gi,
  DNI_AR: /\bD\.?N\.?I\b|\bdocumento\b/gi,
  DNI_PE: /\bD\.?N\.?I\b|\bdocumento\b/gi,
  CEDULA_CO: /c[ée]dula|\bC\.?C\b/gi,
  CI_UY: /c[ée]dula|\bC\.?I\b/gi,
};

/** How far before an identifier its keyword may be, and what may sit between ("DNI del titular: "). */
const windowLength = 40;
const gapPattern = /^[^\d\n]{0,24}$/;

export function hasKeyword(text: string, start: number, type: PiiType): boolean {
  const pattern = keywordPatterns[type];
  if (!pattern) return false;
  const window = text.slice(Math.max(0, start - windowLength), start);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    if (gapPattern.test(window.slice(match.index + match[0].length))) return true;
  }
  return false;
}

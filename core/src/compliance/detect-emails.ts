import type { Detection } from "./detection.ts";

const localCharacter = /[A-Za-z0-9._%+-]/;
const domainCharacter = /[A-Za-z0-9.-]/;
const domainShape = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/**
 * E-mail addresses, found from each "@" outwards rather than with one big regex, so text without "@" costs one
 * indexOf. Dots may not start or end the local part; the domain needs a dot and a letters-only top-level label.
 */
export function detectEmails(text: string): Detection[] {
  const found: Detection[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > lastEnd && localCharacter.test(text.charAt(start - 1))) start--;
    while (text.charAt(start) === ".") start++;
    let end = at + 1;
    while (end < text.length && domainCharacter.test(text.charAt(end))) end++;
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--;
    if (start === at || text.charAt(at - 1) === ".") continue;
    if (!domainShape.test(text.slice(at + 1, end))) continue;
    found.push({ type: "EMAIL", start, end, evidence: "checked" });
    lastEnd = end;
  }
  return found;
}

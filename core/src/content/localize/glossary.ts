// Glossary terms (brand names, "do not translate", fixed translations) never reach the model or the
// cultural engine as words: they travel as tokens and come back as the term or its fixed translation.

export interface GlossaryEntry {
  /** The source text to protect, matched case-sensitively as a whole word or phrase. */
  term: string;
  /** What the term becomes in the target; the term itself when absent. */
  translation?: string;
}

export interface ProtectedText {
  text: string;
  /** Token → what it becomes in the output. */
  tokens: ReadonlyMap<string, string>;
}

const tokenFor = (index: number) => `⟦TERM_${index + 1}⟧`;
export const glossaryTokenPattern = /⟦TERM_\d+⟧/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiles a glossary once per document: longest terms first, so "Frontier AI" wins over "Frontier". */
export function compileGlossary(entries: readonly GlossaryEntry[]): (text: string) => ProtectedText {
  const usable = entries.filter((entry) => entry.term.trim() !== "");
  if (usable.length === 0) return (text) => ({ text, tokens: new Map() });
  const ordered = [...usable].sort((left, right) => right.term.length - left.term.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${ordered.map((entry) => escapeRegExp(entry.term)).join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  const byTerm = new Map(ordered.map((entry, index) => [entry.term, { token: tokenFor(index), entry }]));
  return (text) => {
    const tokens = new Map<string, string>();
    const protectedText = text.replace(pattern, (term) => {
      const found = byTerm.get(term);
      if (!found) return term;
      tokens.set(found.token, found.entry.translation ?? found.entry.term);
      return found.token;
    });
    return { text: protectedText, tokens };
  };
}

/** Puts the glossary's output back in place of its tokens. */
export function unprotectGlossary(text: string, tokens: ReadonlyMap<string, string>): string {
  if (tokens.size === 0) return text;
  return text.replace(glossaryTokenPattern, (token) => tokens.get(token) ?? token);
}

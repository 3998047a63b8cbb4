// language.mismatch: Spanish copy checked for Brazil, or Portuguese copy for a Spanish-speaking market. Every other
// rule reads the text as the market's language, so such a text would otherwise pass with no finding at all.
import type { Finding, LintRule } from "../types.ts";

type Language = "es" | "pt";

// Short, frequent words that only one of the two languages writes so (no, de, que, para, por are shared; Spanish
// also writes o, da and pelo).
const ONLY: Readonly<Record<Language, readonly string[]>> = {
  es: [
    ...["el", "los", "las", "y", "del", "al", "un", "una", "es", "muy", "pero", "con", "sin", "hasta", "más", "ya"],
    ...["tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "usted", "ustedes", "hoy", "ahora"],
    ...["aquí", "cuando", "donde", "hay", "envío", "gratis", "también", "le", "lo", "les"],
  ],
  pt: [
    ...["os", "e", "é", "não", "do", "dos", "das", "na", "nas", "um", "uma", "você", "vocês", "com"],
    ...["sem", "até", "mais", "já", "seu", "sua", "seus", "suas", "nosso", "nossa", "hoje", "agora", "aqui"],
    ...["quando", "onde", "também", "em", "pela", "muito", "grátis", "frete", "ao", "às", "à"],
  ],
};
const NAME: Readonly<Record<Language, string>> = { es: "Spanish", pt: "Portuguese" };

// Below this many telling words a text is too short to judge (a product name, a two-word button).
const MINIMUM_EVIDENCE = 6;
// The other language must outweigh the market's own this many times over: quoted names and loanwords do not count.
const DOMINANCE = 3;

const languageOf = new Map<string, Language>(
  (Object.keys(ONLY) as Language[]).flatMap((language) => ONLY[language].map((word) => [word, language] as const)),
);

export const languageRule: LintRule = {
  id: "language.mismatch",
  description:
    "Copy written in the other language of the region (Spanish for Brazil, Portuguese for a Spanish market).",
  check: ({ stream, profile, text }): readonly Finding[] => {
    const own = profile.language.code;
    const other: Language = own === "es" ? "pt" : "es";
    const bySpelling = stream.bySpelling((spelling) => languageOf.get(spelling));
    // Without a single word only the other language uses, the copy cannot read as it: no need to count.
    if (!bySpelling.includes(other)) return [];
    const counts: Record<Language, number> = { es: 0, pt: 0 };
    for (let i = 0; i < stream.length; i++) {
      if (!stream.isWord(i)) continue;
      const language = bySpelling[stream.spelling(i)];
      if (language !== undefined) counts[language]++;
    }
    if (counts[other] < MINIMUM_EVIDENCE || counts[other] < DOMINANCE * counts[own]) return [];
    const start = text.length - text.trimStart().length;
    return [
      {
        rule: "language.mismatch",
        severity: "error",
        message: `This copy reads as ${NAME[other]} (${counts[other]} ${NAME[other]} words, ${counts[own]} ${NAME[own]}); ${profile.locale} copy is written in ${NAME[own]}: localize it rather than publish it as is.`,
        start,
        end: text.trimEnd().length,
      },
    ];
  },
};

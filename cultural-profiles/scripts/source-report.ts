// Prints how much of the package's data a source backs: `node cultural-profiles/scripts/source-report.ts`.
import { auditSources, avoidTerms, countLexiconSources, lexicon, listProfiles } from "../src/index.ts";

const profiles = auditSources(listProfiles());
const lexiconCounts = countLexiconSources(lexicon);
const avoid = auditSources(avoidTerms);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

console.log(`profiles: ${listProfiles().length} markets, ${profiles.sources.length} facts with a source field`);
console.log(
  `  verified ${profiles.verified} (${percent(profiles.verified, profiles.sources.length)}), unverified ${profiles.unverified}`,
);
console.log(`lexicon: ${lexicon.length} concepts x 22 markets = ${lexiconCounts.cells} cells`);
console.log(
  `  sourced ${lexiconCounts.sourced} (${percent(lexiconCounts.sourced, lexiconCounts.cells)}), unsourced ${lexiconCounts.unsourced}, same-as-generic ${lexiconCounts.sameAsGeneric}`,
);
console.log(
  `  cells whose own term is flagged ambiguous ${lexicon.flatMap((concept) => Object.values(concept.terms)).filter((cell) => "ambiguous" in cell).length}`,
);
for (const [locale, counts] of Object.entries(lexiconCounts.byLocale)) {
  console.log(`  ${locale}  sourced ${String(counts.sourced).padStart(3)}  unsourced ${counts.unsourced}`);
}
console.log(`avoid: ${avoidTerms.length} entries, verified ${avoid.verified}, unverified ${avoid.unverified}`);

// Syllable counting for Spanish and Portuguese readability formulas.
// Orthographic rules, not a dictionary: vowel groups are split at hiatus (two strong vowels, or a
// stressed weak vowel next to a strong one); a silent "u" in que/qui/gue/gui is not a vowel; a
// final "y" after a vowel closes the diphthong (rey, hoy). Good enough for readability, which
// averages over many words.

const strongVowels = new Set("aeoáéóàâêôãõ");
const weakVowels = new Set("iuü");
const stressedWeak = new Set("íú");

function isVowel(char: string): boolean {
  return strongVowels.has(char) || weakVowels.has(char) || stressedWeak.has(char);
}

function isStrong(char: string): boolean {
  return strongVowels.has(char) || stressedWeak.has(char);
}

/** Counts the syllables of one lowercase word; at least one for any word with a letter. */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase();
  let count = 0;
  let previous = "";
  for (let index = 0; index < letters.length; index++) {
    const char = letters.charAt(index);
    if (!isVowel(char)) {
      previous = "";
      continue;
    }
    const before = letters.charAt(index - 1);
    const after = letters.charAt(index + 1);
    // "u" after q or g and before e/i is silent: que, quiero, guerra, guitarra.
    if (
      char === "u" &&
      (before === "q" || before === "g") &&
      (after === "e" || after === "i" || after === "é" || after === "í")
    ) {
      continue;
    }
    // Portuguese nasal diphthongs (ão, ãe, õe) are one syllable although both vowels are strong.
    const nasalDiphthong = (previous === "ã" || previous === "õ") && (char === "o" || char === "e");
    const startsSyllable = previous === "" || (isStrong(previous) && isStrong(char) && !nasalDiphthong);
    if (startsSyllable) count++;
    previous = char;
  }
  return Math.max(count, /\p{L}/u.test(letters) ? 1 : 0);
}

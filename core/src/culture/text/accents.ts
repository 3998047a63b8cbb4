// Spanish stress and written accents: enough phonology to attach enclitics and build verb forms correctly.

const ACCENTED: Readonly<Record<string, string>> = { á: "a", é: "e", í: "i", ó: "o", ú: "u" };
const ADD_ACCENT: Readonly<Record<string, string>> = { a: "á", e: "é", i: "í", o: "ó", u: "ú" };

/** Removes acute accents (keeps ñ and ü). */
const ANY_ACUTE = /[áéíóú]/;

export function stripAccents(word: string): string {
  if (!ANY_ACUTE.test(word)) return word;
  let out = "";
  for (const ch of word) out += ACCENTED[ch] ?? ch;
  return out;
}

export function hasAcute(word: string): boolean {
  for (const ch of word) if (ACCENTED[ch] !== undefined) return true;
  return false;
}

type Nucleus = { start: number; end: number };

function isVowel(ch: string): boolean {
  return "aeiouáéíóúü".includes(ch);
}

function isStrong(ch: string): boolean {
  return "aeoáéó".includes(ch);
}

/** Vowel nuclei (syllable cores) of a lowercase word, treating silent u in qu/gu+e/i as a consonant. */
function nuclei(word: string): Nucleus[] {
  const result: Nucleus[] = [];
  let i = 0;
  while (i < word.length) {
    const ch = word.charAt(i);
    const silentU =
      ch === "u" && i > 0 && "qg".includes(word.charAt(i - 1)) && "eiéí".includes(word.charAt(i + 1) || "-");
    if (!isVowel(ch) || silentU) {
      i++;
      continue;
    }
    let end = i + 1;
    // Extend the nucleus while the next vowel forms a diphthong (not two strong vowels, no accented weak one).
    while (end < word.length && isVowel(word.charAt(end))) {
      const prev = word.charAt(end - 1);
      const next = word.charAt(end);
      // Two strong vowels, or an accented i/u next to a strong one, are separate syllables (le-er, re-ír);
      // two weak vowels always form a diphthong, accent or not (cuí-da-me).
      const hiatus =
        (isStrong(prev) && isStrong(next)) ||
        ("íú".includes(prev) && isStrong(next)) ||
        ("íú".includes(next) && isStrong(prev));
      if (hiatus) break;
      end++;
    }
    result.push({ start: i, end });
    i = end;
  }
  return result;
}

export function countNuclei(word: string): number {
  return nuclei(word.toLowerCase()).length;
}

/** Index of the stressed nucleus, from written accent or the default rules. */
export function stressedNucleus(word: string): number {
  const lower = word.toLowerCase();
  const list = nuclei(lower);
  for (let n = 0; n < list.length; n++) {
    const nucleus = list[n];
    if (nucleus && hasAcute(lower.slice(nucleus.start, nucleus.end))) return n;
  }
  return defaultStress(lower, list.length);
}

function defaultStress(lower: string, count: number): number {
  if (count <= 1) return 0;
  const last = lower.charAt(lower.length - 1);
  return "aeiouns".includes(last) ? count - 2 : count - 1;
}

/** Writes `base` (stressed on nucleus `stress`) so that it reads with that stress, adding or removing the accent. */
export function withStressOn(word: string, stress: number): string {
  const plain = stripAccents(word);
  const list = nuclei(plain);
  if (list.length <= 1 || defaultStress(plain, list.length) === stress) return plain;
  const nucleus = list[stress];
  if (!nucleus) return plain;
  const vowels = plain.slice(nucleus.start, nucleus.end);
  // The accent goes on the strong vowel of a diphthong, or the second of two weak vowels.
  let offset = vowels.length - 1;
  for (let k = 0; k < vowels.length; k++) if ("aeo".includes(vowels.charAt(k))) offset = k;
  const at = nucleus.start + offset;
  const vowel = plain.charAt(at);
  return plain.slice(0, at) + (ADD_ACCENT[vowel] ?? vowel) + plain.slice(at + 1);
}

/** Attaches enclitic pronouns to a verb form, keeping the verb's stress (cómpralo, compralo, cómprelo, dámelo). */
export function attachEnclitics(verb: string, clitics: string): string {
  if (clitics === "") return verb;
  return withStressOn(verb + clitics, stressedNucleus(verb));
}

/** Puts an accent on the last vowel of a polysyllable (vos imperatives: comprá, vení); monosyllables stay plain. */
export function accentLastVowel(word: string): string {
  const list = nuclei(word);
  if (list.length <= 1) return word;
  const last = list[list.length - 1];
  if (!last) return word;
  const at = last.end - 1;
  const vowel = word.charAt(at);
  return word.slice(0, at) + (ADD_ACCENT[vowel] ?? vowel) + word.slice(at + 1);
}

/** Gives `replacement` the capitalisation of `original` (Ordenador → Computadora, MÓVIL → CELULAR). */
export function matchCase(original: string, replacement: string): string {
  // Most words start with a lowercase letter (a-z, à-ÿ): nothing to change, and nothing to allocate to find out.
  const code = original.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7)) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

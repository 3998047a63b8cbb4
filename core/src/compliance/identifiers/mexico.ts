import { isValidYymmdd } from "./digits.ts";

// Algorithms: python-stdnum stdnum/mx/curp.py and stdnum/mx/rfc.py (S260).

const curpAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
const rfcAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

/** State codes of birth; NE means born abroad. */
const curpStates = new Set(
  "AS BC BS CC CL CM CS CH DF CO DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE".split(" "),
);

/**
 * Four-letter words RENAPO and SAT never issue as the start of a CURP or RFC (they replace a letter instead).
 * The list as python-stdnum carries it (S260); not checked against the official instructivo.
 */
const inconvenientWords = new Set(
  (
    "BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA " +
    "GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO " +
    "LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO " +
    "PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY"
  ).split(" "),
);

/** CURP: 18 characters with a valid date, sex, state and the mod-10 check digit. */
export function isValidCurp(compactValue: string): boolean {
  const value = compactValue.toUpperCase();
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/.test(value)) return false;
  if (inconvenientWords.has(value.slice(0, 4)) || !isValidYymmdd(value.slice(4, 10))) return false;
  if (!curpStates.has(value.slice(11, 13))) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += curpAlphabet.indexOf(value.charAt(index)) * (18 - index);
  return (10 - (sum % 10)) % 10 === Number(value.charAt(17));
}

/** The RFC check character for the first 11 (moral) or 12 (física) characters. */
export function rfcCheckCharacter(withoutCheck: string): string {
  const padded = withoutCheck.padStart(12, " ");
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += rfcAlphabet.indexOf(padded.charAt(index)) * (13 - index);
  return rfcAlphabet.charAt((11 - (sum % 11)) % 11);
}

export type RfcKind = "with-check-digit" | "without-homoclave";

/**
 * RFC: persona física (4 letters) or moral (3 letters), a date and a 3-character homoclave whose last character is
 * a check digit. The 10-character form without homoclave has no check digit: the caller treats it as weak.
 * stdnum disables the check by default because ~1.5% of RFCs in use fail it; we keep it, so those are not reported.
 */
export function classifyRfc(compactValue: string): RfcKind | undefined {
  const value = compactValue.toUpperCase();
  const match = /^([A-ZÑ&]{3,4})(\d{6})([A-Z\d]{2}[\dA])?$/.exec(value);
  if (!match) return undefined;
  const letters = match[1] ?? "";
  const date = match[2] ?? "";
  if (!isValidYymmdd(date) || (letters.length === 4 && inconvenientWords.has(letters))) return undefined;
  if (match[3] === undefined) return letters.length === 4 ? "without-homoclave" : undefined;
  return rfcCheckCharacter(value.slice(0, -1)) === value.slice(-1) ? "with-check-digit" : undefined;
}

import fc from "fast-check";
import type { PiiType } from "./pii-types.ts";

/**
 * Generators of valid identifiers for property tests. Check digits are computed here independently of the
 * detectors (straight from the reference's §8a descriptions), so a wrong detector cannot agree with itself.
 */
export interface GeneratedIdentifier {
  type: PiiType;
  market: string;
  /** As printed in the text (formatted or not). */
  printed: string;
  keyword: string;
  /** Independent validity check of a printed value, used to tell which mutations break the check digit. */
  isValid: (printed: string) => boolean;
}

const digit = fc.integer({ min: 0, max: 9 });
const digits = (length: number) => fc.array(digit, { minLength: length, maxLength: length });
const only = (value: string) => value.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
const sum = (values: readonly number[], weights: readonly number[]) =>
  values.reduce((total, value, index) => total + value * (weights[index] ?? 0), 0);

function cpfCheck(values: number[]): number {
  const first = ((sum(values, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  const second = ((sum([...values, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  return first * 10 + second;
}
const cpfValid = (printed: string) => {
  const value = only(printed);
  if (!/^\d{11}$/.test(value) || /^(\d)\1+$/.test(value)) return false;
  const check = cpfCheck(Array.from(value.slice(0, 9), Number));
  return value.slice(9) === String(check).padStart(2, "0");
};
const cpf = digits(9)
  .filter((values) => new Set(values).size > 1)
  .chain((values) =>
    fc.boolean().map((formatted) => {
      const raw = values.join("") + String(cpfCheck(values)).padStart(2, "0");
      const printed = formatted ? `${raw.slice(0, 3)}.${raw.slice(3, 6)}.${raw.slice(6, 9)}-${raw.slice(9)}` : raw;
      return { type: "CPF", market: "BR", printed, keyword: "CPF", isValid: cpfValid } as const;
    }),
  );

const cnpjChar = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
function cnpjDigits(body: string): string {
  const values = Array.from(body, (character) => character.charCodeAt(0) - 48);
  const reduce = (total: number) => (total % 11 < 2 ? 0 : 11 - (total % 11));
  const first = reduce(sum(values, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const second = reduce(sum([...values, first], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  return `${first}${second}`;
}
const cnpjValid = (printed: string) => {
  const value = only(printed);
  return (
    /^[0-9A-Z]{12}\d\d$/.test(value) && !/^(.)\1+$/.test(value) && cnpjDigits(value.slice(0, 12)) === value.slice(12)
  );
};
const cnpj = fc
  .array(cnpjChar, { minLength: 12, maxLength: 12 })
  .map((characters) => characters.join(""))
  .filter((body) => !/^(.)\1+$/.test(body))
  .chain((body) =>
    fc.boolean().map((formatted) => {
      const raw = body + cnpjDigits(body);
      const printed = formatted
        ? `${raw.slice(0, 2)}.${raw.slice(2, 5)}.${raw.slice(5, 8)}/${raw.slice(8, 12)}-${raw.slice(12)}`
        : raw;
      return { type: "CNPJ", market: "BR", printed, keyword: "CNPJ", isValid: cnpjValid } as const;
    }),
  );

function rutCheck(body: string): string {
  let total = 0;
  Array.from(body)
    .reverse()
    .forEach((character, index) => {
      total += Number(character) * (2 + (index % 6));
    });
  const value = 11 - (total % 11);
  return value === 11 ? "0" : value === 10 ? "K" : String(value);
}
const rutValid = (printed: string) => {
  const value = only(printed);
  return /^\d{7,8}[0-9K]$/.test(value) && rutCheck(value.slice(0, -1)) === value.slice(-1);
};
const rut = fc.integer({ min: 1_000_000, max: 99_999_999 }).chain((number) =>
  fc.boolean().map((dotted) => {
    const body = String(number);
    const grouped = body.replace(/\B(?=(\d{3})+$)/g, ".");
    const printed = `${dotted ? grouped : body}-${rutCheck(body)}`;
    return { type: "RUT", market: "CL", printed, keyword: "RUT", isValid: rutValid } as const;
  }),
);

function cuitCheck(body: string): number {
  const value = 11 - (sum(Array.from(body, Number), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return value === 11 ? 0 : value === 10 ? 9 : value;
}
const cuitValid = (printed: string) => {
  const value = only(printed);
  return (
    /^(20|23|24|27|30|33|34|50|51|55)\d{9}$/.test(value) && cuitCheck(value.slice(0, 10)) === Number(value.slice(10))
  );
};
const cuit = fc
  .tuple(fc.constantFrom("20", "23", "24", "27", "30", "33", "34"), digits(8), fc.boolean())
  .map(([prefix, values, dashed]) => {
    const body = prefix + values.join("");
    const check = cuitCheck(body);
    const printed = dashed ? `${prefix}-${values.join("")}-${check}` : `${body}${check}`;
    return { type: "CUIT", market: "AR", printed, keyword: "CUIT", isValid: cuitValid } as const;
  });

const curpAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
const curpCheck = (body: string) =>
  (10 -
    (Array.from(body).reduce((total, character, index) => total + curpAlphabet.indexOf(character) * (18 - index), 0) %
      10)) %
  10;
const curpValid = (printed: string) =>
  /^[A-Z0-9]{17}\d$/.test(printed) && curpCheck(printed.slice(0, 17)) === Number(printed.slice(17));
const upper = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const consonant = fc.constantFrom(..."BCDFGHJKLMNPQRSTVWXYZ");
const yymmdd = fc
  .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(2, 10).replaceAll("-", ""));
// The second letter is X so the first four never spell one of the words RENAPO excludes.
const curp = fc
  .tuple(upper, upper, upper, yymmdd, fc.constantFrom("H", "M"), fc.constantFrom("DF", "JC", "NL", "VZ", "NE"))
  .chain(([first, third, fourth, date, sex, state]) =>
    fc.tuple(consonant, consonant, consonant, fc.constantFrom(..."0123456789A")).map(([c1, c2, c3, homonym]) => {
      const body = `${first}X${third}${fourth}${date}${sex}${state}${c1}${c2}${c3}${homonym}`;
      const printed = body + curpCheck(body);
      return { type: "CURP", market: "MX", printed, keyword: "CURP", isValid: curpValid } as const;
    }),
  );

const rfcAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
const rfcCheck = (body: string) => {
  const padded = body.padStart(12, " ");
  const total = Array.from(padded).reduce(
    (acc, character, index) => acc + rfcAlphabet.indexOf(character) * (13 - index),
    0,
  );
  return rfcAlphabet.charAt((11 - (total % 11)) % 11);
};
const rfcValid = (printed: string) =>
  /^[A-Z&Ñ0-9]{12,13}$/.test(printed) && rfcCheck(printed.slice(0, -1)) === printed.slice(-1);
const rfc = fc
  .tuple(upper, upper, upper, yymmdd, fc.constantFrom(..."ABCDEFGH123456789"), upper)
  .map(([first, third, fourth, date, h1, h2]) => {
    const body = `${first}X${third}${fourth}${date}${h1}${h2}`;
    return { type: "RFC", market: "MX", printed: body + rfcCheck(body), keyword: "RFC", isValid: rfcValid } as const;
  });

const nitWeights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
const nitCheck = (body: string) => {
  const remainder = sum(Array.from(body, Number).reverse(), nitWeights) % 11;
  return remainder < 2 ? remainder : 11 - remainder;
};
const nitValid = (printed: string) => {
  const value = only(printed);
  return /^\d{8,16}$/.test(value) && nitCheck(value.slice(0, -1)) === Number(value.slice(-1));
};
const nit = fc.integer({ min: 10_000_000, max: 999_999_999 }).chain((number) =>
  fc.boolean().map((dotted) => {
    const body = String(number);
    const printed = `${dotted ? body.replace(/\B(?=(\d{3})+$)/g, ".") : body}-${nitCheck(body)}`;
    return { type: "NIT", market: "CO", printed, keyword: "NIT", isValid: nitValid } as const;
  }),
);

const rucCheck = (body: string) => (11 - (sum(Array.from(body, Number), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
const rucValid = (printed: string) =>
  /^(10|15|16|17|20)\d{9}$/.test(printed) && rucCheck(printed.slice(0, 10)) === Number(printed.slice(10));
const ruc = fc.tuple(fc.constantFrom("10", "20"), digits(8)).map(([prefix, values]) => {
  const body = prefix + values.join("");
  return {
    type: "RUC_PE",
    market: "PE",
    printed: `${body}${rucCheck(body)}`,
    keyword: "RUC",
    isValid: rucValid,
  } as const;
});

const ciCheck = (body: string) =>
  (10 - (sum(Array.from(body.padStart(7, "0"), Number), [2, 9, 8, 7, 6, 3, 4]) % 10)) % 10;
const ciValid = (printed: string) => {
  const value = only(printed);
  return /^\d{7,8}$/.test(value) && ciCheck(value.slice(0, -1)) === Number(value.slice(-1));
};
const ci = fc.integer({ min: 1_000_000, max: 9_999_999 }).map((number) => {
  const body = String(number);
  const printed = `${body.replace(/\B(?=(\d{3})+$)/g, ".")}-${ciCheck(body)}`;
  return { type: "CI_UY", market: "UY", printed, keyword: "CI", isValid: ciValid } as const;
});

const luhnCheck = (body: string) => {
  const total = Array.from(body)
    .reverse()
    .reduce((acc, character, index) => {
      const doubled = index % 2 === 0 ? Number(character) * 2 : Number(character);
      return acc + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
  return (10 - (total % 10)) % 10;
};
const cardValid = (printed: string) => {
  const value = only(printed);
  return /^4\d{15}$/.test(value) && luhnCheck(value.slice(0, -1)) === Number(value.slice(-1));
};
const card = fc.tuple(digits(14), fc.boolean()).map(([values, spaced]) => {
  const raw = `4${values.join("")}`;
  const full = raw + luhnCheck(raw);
  const printed = spaced ? (full.match(/\d{4}/g) ?? []).join(" ") : full;
  return { type: "CARD", market: "BR", printed, keyword: "tarjeta", isValid: cardValid } as const;
});

const clabeCheck = (body: string) =>
  (10 -
    (Array.from(body, Number).reduce((acc, value, index) => acc + ((value * ([3, 7, 1][index % 3] ?? 0)) % 10), 0) %
      10)) %
  10;
const clabeValid = (printed: string) =>
  /^\d{18}$/.test(printed) && clabeCheck(printed.slice(0, 17)) === Number(printed.slice(17));
const clabe = digits(17).map((values) => {
  const body = values.join("");
  return {
    type: "CLABE",
    market: "MX",
    printed: `${body}${clabeCheck(body)}`,
    keyword: "CLABE",
    isValid: clabeValid,
  } as const;
});

const peruCheck = (body: string) => sum(Array.from(body, Number), [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
const peruDniValid = (printed: string) => {
  const match = /^(\d{8})-([0-9A-K])$/.exec(printed);
  if (!match) return false;
  const remainder = peruCheck(match[1] ?? "");
  return "65432110987".charAt(remainder) === match[2] || "KJIHGFEDCBA".charAt(remainder) === match[2];
};
const peruDni = fc.tuple(digits(8), fc.boolean()).map(([values, letter]) => {
  const body = values.join("");
  const remainder = peruCheck(body);
  const check = letter ? "KJIHGFEDCBA".charAt(remainder) : "65432110987".charAt(remainder);
  return { type: "DNI_PE", market: "PE", printed: `${body}-${check}`, keyword: "DNI", isValid: peruDniValid } as const;
});

/** Spanish IBAN: "ES", two check digits (98 − mod 97 of the rearranged number) and a 20-digit account. */
function mod97(digitsValue: string): number {
  return Array.from(digitsValue).reduce((remainder, character) => (remainder * 10 + Number(character)) % 97, 0);
}
const ibanValid = (printed: string) => {
  const value = only(printed);
  if (!/^ES\d{22}$/.test(value)) return false;
  return mod97(`${value.slice(4)}1428${value.slice(2, 4)}`) === 1;
};
const iban = fc.tuple(digits(20), fc.boolean()).map(([values, spaced]) => {
  const account = values.join("");
  const check = String(98 - mod97(`${account}142800`)).padStart(2, "0");
  const compactValue = `ES${check}${account}`;
  const printed = spaced ? (compactValue.match(/.{1,4}/g) ?? []).join(" ") : compactValue;
  return { type: "IBAN", market: "ES", printed, keyword: "IBAN", isValid: ibanValid } as const;
});

export const identifierArbitraries = {
  CPF: cpf,
  CNPJ: cnpj,
  RUT: rut,
  CUIT: cuit,
  CURP: curp,
  RFC: rfc,
  NIT: nit,
  RUC_PE: ruc,
  CI_UY: ci,
  CARD: card,
  CLABE: clabe,
  DNI_PE: peruDni,
  IBAN: iban,
} satisfies Record<string, fc.Arbitrary<GeneratedIdentifier>>;

export const anyIdentifier: fc.Arbitrary<GeneratedIdentifier> = fc.oneof(...Object.values(identifierArbitraries));

/** Phone numbers in the printed forms of the reference's §8c, international and national. */
export const phoneSamples = [
  "+52 222 123 4567",
  "+55 11 96123-4567",
  "(11) 96123-4567",
  "+54 9 11 2345 6789",
  "+56 2 2123 4567",
  "+57 321 1234567",
  "+51 912 345 678",
  "+598 94 231 234",
  "+593 99 123 4567",
  "+1 809 234 5678",
  "+34 612 34 56 78",
] as const;

export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:[._+][a-z0-9]{1,6})?$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/),
    fc.constantFrom("com", "com.br", "com.mx", "cl", "co", "pe", "com.ar", "uy"),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

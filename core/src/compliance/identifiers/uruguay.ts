import { digitsOf, weightedSum } from "./digits.ts";

// Algorithm: picandocodigo/ci_uy (S262), Maritza7395/Validaciones-de-documentos (S263).

const ciWeights = [2, 9, 8, 7, 6, 3, 4];

/** Cédula de identidad: a 6–7 digit body (left-padded to 7) and a mod-10 check digit. */
export function isValidUruguayanCi(compactValue: string): boolean {
  if (!/^\d{7,8}$/.test(compactValue)) return false;
  const body = digitsOf(compactValue.slice(0, -1).padStart(7, "0"));
  return (10 - (weightedSum(body, ciWeights) % 10)) % 10 === Number(compactValue.slice(-1));
}

import { describe, expect, it } from "vitest";
import { identifierVectors } from "./identifier-vectors.fixture.ts";
import type { PiiType } from "./pii-types.ts";
import { scan } from "./scan.ts";

const keywords: Record<string, string> = {
  CPF: "CPF",
  CNPJ: "CNPJ",
  RUT: "RUT",
  DNI_AR: "DNI",
  CUIT: "CUIT",
  CURP: "CURP",
  RFC: "RFC",
  NIT: "NIT",
  DNI_PE: "DNI",
  RUC_PE: "RUC",
  CI_UY: "CI",
};

function typesAt(text: string, value: string, markets: readonly string[]): PiiType[] {
  const start = text.indexOf(value);
  return scan(text, { markets })
    .filter((entity) => entity.start === start && entity.value === value)
    .map((entity) => entity.type);
}

describe("scan: the reference's identifier vectors", () => {
  const valid = identifierVectors.filter((vector) => vector.valid);
  const invalid = identifierVectors.filter((vector) => !vector.valid);

  it.each(valid)("finds valid $type $value ($note)", ({ type, value, market }) => {
    const text = `Datos del cliente — ${keywords[type]}: ${value}. Gracias.`;
    expect(typesAt(text, value, [market])).toEqual([type]);
  });

  it.each(invalid)("does not report invalid $value as $type ($note)", ({ type, value, market }) => {
    const text = `Datos del cliente — ${keywords[type]}: ${value}. Gracias.`;
    const reported = scan(text, { markets: [market] }).filter((entity) => entity.type === type);
    expect(reported).toEqual([]);
  });

  it("counts every vector of the reference for the identifiers it detects", () => {
    expect(valid).toHaveLength(49);
    expect(invalid).toHaveLength(35);
  });
});

describe("scan: identifiers without a keyword", () => {
  it.each([
    ["CPF", "390.533.447-05", "BR"],
    ["CPF", "52998224725", "BR"],
    ["CNPJ", "12.ABC.345/01DE-35", "BR"],
    ["CNPJ", "12abc34501de35", "BR"],
    ["RUT", "10626628-K", "CL"],
    ["CUIT", "20-05536168-2", "AR"],
    ["CURP", "BOXW310820HNERXN09", "MX"],
    ["RFC", "MAB9307148T4", "MX"],
    ["NIT", "213.123.432-1", "CO"],
    ["RUC_PE", "20512333797", "PE"],
    ["DNI_PE", "10117410-2", "PE"],
    ["CI_UY", "1.234.567-2", "UY"],
    ["CLABE", "002010077777777771", "MX"],
    ["CARD", "4111 1111 1111 1111", "BR"],
    ["CARD", "378282246310005", "MX"],
    ["IBAN", "ES91 2100 0418 4502 0005 1332", "ES"],
    ["IBAN", "BR1800360305000010009795493C1", "BR"],
  ] as const)("finds %s %s", (type, value, market) => {
    expect(typesAt(`Ver ${value} hoy`, value, [market])).toEqual([type]);
  });

  it("needs a keyword for weak identifiers, so prices and SKUs stay untouched", () => {
    const text = "Precio 20.123.456, SKU 10117410, lote 51691703, código 1234567, ref COMG600703";
    expect(scan(text)).toEqual([]);
  });

  it("reads the keyword to tell apart one number valid in two systems", () => {
    const text = "RUT 4.907.760-2 y CI 4.907.760-2";
    expect(scan(text, { markets: ["CL", "UY"] }).map((entity) => entity.type)).toEqual(["RUT", "CI_UY"]);
  });

  it("does not report an identifier embedded in a longer number", () => {
    expect(scan("pedido 3905334470512 y 1.390.533.447-05")).toEqual([]);
  });

  it("rejects card numbers failing Luhn or an issuer length", () => {
    expect(scan("4111 1111 1111 1112 y 9111 1111 1111 1111", { types: ["CARD"] })).toEqual([]);
  });
});

describe("scan: e-mails and phones", () => {
  it("finds e-mails with their exact span", () => {
    const text = "Escribí a ana.perez+promo@tienda.com.ar. O a x@y.";
    expect(scan(text)).toEqual([{ type: "EMAIL", value: "ana.perez+promo@tienda.com.ar", start: 10, end: 39 }]);
  });

  it.each([
    ["+52 222 123 4567", "MX"],
    ["+55 11 96123-4567", "BR"],
    ["(11) 96123-4567", "BR"],
    ["+54 9 11 2345 6789", "AR"],
    ["011 15-2345-6789", "AR"],
    ["+56 2 2123 4567", "CL"],
    ["321 1234567", "CO"],
    ["912 345 678", "PE"],
    ["094 231 234", "UY"],
    ["+593 99 123 4567", "EC"],
    ["+502 5123 4567", "GT"],
    ["(809) 234-5678", "DO"],
    ["+34 612 34 56 78", "ES"],
  ] as const)("finds the phone %s (%s)", (phone, market) => {
    expect(typesAt(`Llamanos al ${phone} hoy`, phone, [market])).toEqual(["PHONE"]);
  });

  it("does not read a price as a phone", () => {
    expect(scan("Antes $ 1.299.999, hoy R$ 2.499.000", { types: ["PHONE"] })).toEqual([]);
  });

  it("prefers a checked identifier over a phone reading of the same digits", () => {
    const entities = scan("CUIT 20267565393", { markets: ["AR"] });
    expect(entities.map((entity) => entity.type)).toEqual(["CUIT"]);
  });

  it("returns entities sorted by position with exact spans", () => {
    const text = "CPF 111.444.777-35 tel +55 11 96123-4567 mail a@b.co";
    for (const entity of scan(text)) expect(text.slice(entity.start, entity.end)).toBe(entity.value);
    expect(scan(text).map((entity) => entity.type)).toEqual(["CPF", "PHONE", "EMAIL"]);
  });
});

/**
 * A deterministic mixed corpus for the PII benchmarks: marketing copy in Spanish and Portuguese with prices,
 * SKUs, dates and percentages (which must not be flagged), and personal data sprinkled in at a fixed rate.
 * "#" in a sample becomes a random digit, so phones and e-mails vary as they would in real data.
 */

const sentences = [
  "Aprovechá las cuotas sin interés en toda la tienda y llevate la remera que querés.",
  "Aproveite o frete grátis acima de R$ 199,00 e parcele em até 10x no cartão.",
  "Compra hoy tu computadora con 12 meses sin intereses; precio $12,999.00 MXN.",
  "Oferta válida del 28/11/2026 al 02/12/2026 o hasta agotar stock (SKU 4455-221).",
  "El descuento del 35% aplica sobre el precio de lista $ 1.299.999 en productos seleccionados.",
  "Nuestro equipo te responde en menos de 24 horas, de lunes a viernes de 9 a 18 h.",
  "Camiseta oficial temporada 2026, talles S a XXL, código de producto 88123-AZ.",
  "Envío a todo el país; retiro en tienda sin costo en 48 horas hábiles.",
  "Ganhe 15% de cashback pagando com Pix; válido até 30/11/2026.",
  "Los precios incluyen IVA. Stock de 1.250 unidades por sucursal.",
];

const personalData = [
  "CPF 390.533.447-05",
  "CNPJ 12.ABC.345/01DE-35",
  "RUT 12.531.909-2",
  "CURP HEGG560427MVZRRL04",
  "RFC GODE561231GR8",
  "DNI 20.123.456",
  "CUIT 20-05536168-2",
  "NIT 213.123.432-1",
  "RUC 20512333797",
  "CI 1.234.567-2",
  "maria.silva#@example.com.br",
  "+54 9 11 2345 ####",
  "(11) 96123-####",
  "+52 222 123 ####",
  "+56 2 2123 ####",
  "4111 1111 1111 1111",
  "CLABE 002010077777777771",
  "ES91 2100 0418 4502 0005 1332",
];

/** Linear congruential generator: the same corpus on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function buildCorpus(bytes: number, personalDataEvery = 6): string {
  const next = random(42);
  const parts: string[] = [];
  let length = 0;
  let count = 0;
  while (length < bytes) {
    const part =
      ++count % personalDataEvery === 0
        ? `Contacto: ${(personalData[Math.floor(next() * personalData.length)] ?? "").replace(/#/g, () =>
            String(Math.floor(next() * 10)),
          )}.`
        : (sentences[Math.floor(next() * sentences.length)] ?? "");
    parts.push(part);
    length += Buffer.byteLength(part) + 1;
  }
  return parts.join(" ");
}

import { describe, expect, it } from "vitest";
import { fewShotBlock, type MemoryEntry, recall } from "./brand-memory.ts";
import { cosineSimilarity, hashingEmbedding, vectorFromBytes, vectorToBytes } from "./embedding.ts";

// A seeded set: five topics, four approved texts each, and a query per topic worded differently from its texts.
const topics = {
  shoes: [
    "Zapatillas deportivas livianas para correr todos los días.",
    "Zapatillas de running con suela que amortigua cada paso.",
    "Tus nuevas zapatillas para entrenar, cómodas y resistentes.",
    "Zapatillas urbanas con estilo para caminar la ciudad.",
  ],
  coffee: [
    "Café de especialidad tostado esta semana, aroma intenso.",
    "Granos de café colombiano para tu cafetera de filtro.",
    "Un café suave con notas de chocolate para la mañana.",
    "Café molido fresco, del productor a tu taza.",
  ],
  phones: [
    "Celular con cámara triple y batería para todo el día.",
    "El celular más rápido de la línea, con pantalla amplia.",
    "Celular liberado con carga rápida y doble chip.",
    "Un celular resistente al agua con gran batería.",
  ],
  travel: [
    "Vuelos a Cancún con hotel incluido y traslados.",
    "Escapada de fin de semana: vuelos y hotel en la playa.",
    "Paquetes de viaje con vuelos directos y hotel todo incluido.",
    "Tu próximo viaje: vuelos baratos y hoteles cerca del mar.",
  ],
  furniture: [
    "Sofá de tres cuerpos tapizado en lino para tu living.",
    "Mesa de comedor de madera maciza para seis personas.",
    "Sillas de comedor tapizadas, cómodas y fáciles de limpiar.",
    "Sofá cama práctico para departamentos pequeños.",
  ],
} as const;

const queries: Record<keyof typeof topics, string> = {
  shoes: "zapatillas cómodas para correr",
  coffee: "café aromático para la mañana",
  phones: "celular con buena batería y cámara",
  travel: "vuelos y hotel para las vacaciones en la playa",
  furniture: "sofá y mesa de madera para el comedor",
};

const entries: MemoryEntry[] = Object.entries(topics).flatMap(([topic, texts]) =>
  texts.map((text, index) => ({ id: `${topic}-${index}`, locale: "es-AR", text, vector: hashingEmbedding(text) })),
);

describe("brand memory retrieval", () => {
  function precisionAt(limit: number): number {
    let relevant = 0;
    for (const [topic, query] of Object.entries(queries)) {
      const matches = recall(hashingEmbedding(query), entries, { limit, minSimilarity: 0 });
      relevant += matches.filter((match) => match.entry.id.startsWith(`${topic}-`)).length;
    }
    return relevant / (limit * Object.keys(queries).length);
  }

  it("finds same-topic copy on the seeded set: precision@1 of 1, precision@3 at least 0.8", () => {
    expect(precisionAt(1)).toBe(1);
    expect(precisionAt(3)).toBeGreaterThanOrEqual(0.8);
  });

  it("filters by market and prefers better-performing copy on a near tie", () => {
    const twin = { ...entries[0], id: "shoes-best", performance: 1 } as MemoryEntry;
    const matches = recall(twin.vector, [entries[0] as MemoryEntry, twin], { limit: 1 });
    expect(matches[0]?.entry.id).toBe("shoes-best");
    expect(recall(hashingEmbedding("zapatillas"), entries, { locale: "es-MX" })).toEqual([]);
    expect(fewShotBlock(matches)).toContain(twin.text);
  });

  it("is deterministic, normalised, and survives the BLOB round trip", () => {
    const vector = hashingEmbedding("Café de especialidad");
    expect(hashingEmbedding("Café de especialidad")).toEqual(vector);
    expect(cosineSimilarity(vector, vector)).toBeCloseTo(1, 6);
    expect(vectorFromBytes(vectorToBytes(vector))).toEqual(vector);
    expect(cosineSimilarity(vector, hashingEmbedding("sofá cama"))).toBeLessThan(0.3);
  });
});

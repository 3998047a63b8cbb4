export const industries = [
  "general",
  "fashion",
  "electronics",
  "beauty",
  "home",
  "food",
  "sports",
  "toys",
  "travel",
] as const;
export type Industry = (typeof industries)[number];

const aliases: Record<string, Industry> = {
  retail: "general",
  ecommerce: "general",
  "e-commerce": "general",
  apparel: "fashion",
  clothing: "fashion",
  moda: "fashion",
  tech: "electronics",
  technology: "electronics",
  tecnologia: "electronics",
  tecnología: "electronics",
  cosmetics: "beauty",
  belleza: "beauty",
  beleza: "beauty",
  furniture: "home",
  hogar: "home",
  casa: "home",
  grocery: "food",
  restaurants: "food",
  alimentos: "food",
  comida: "food",
  sport: "sports",
  deportes: "sports",
  esportes: "sports",
  juguetes: "toys",
  brinquedos: "toys",
  tourism: "travel",
  turismo: "travel",
  viajes: "travel",
  viagens: "travel",
};

/** Maps a free-form industry name to a known one; unknown industries are written as `general`. */
export function resolveIndustry(value: string | undefined): { industry: Industry; known: boolean } {
  const key = (value ?? "general").trim().toLowerCase();
  if ((industries as readonly string[]).includes(key)) return { industry: key as Industry, known: true };
  const alias = aliases[key];
  return alias ? { industry: alias, known: true } : { industry: "general", known: false };
}

import fc from "fast-check";

// Building blocks for fuzzing validated routes: bad values by kind, and valid bodies with fields corrupted.

// Keys Fastify's JSON parser refuses outright (prototype poisoning) are checked on their own below.
export const safeKey = fc.string({ maxLength: 6 }).filter((key) => key !== "__proto__" && key !== "constructor");
export const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1, key: safeKey }),
);
export const notArray = fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.object({ maxDepth: 1, key: safeKey }));

export type Corruptions = Record<string, fc.Arbitrary<unknown>>;

/** A valid body with 1–3 of its fields replaced by bad values; returns the body and the fields replaced. */
export function corrupted(valid: Record<string, unknown>, corruptions: Corruptions) {
  const fields = Object.keys(corruptions);
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 })
    .chain((chosen) =>
      fc.tuple(fc.constant(chosen), fc.tuple(...chosen.map((field) => corruptions[field] ?? fc.constant(undefined)))),
    )
    .map(([chosen, values]) => {
      const body: Record<string, unknown> = { ...valid };
      chosen.forEach((field, index) => {
        body[field] = values[index];
      });
      return { body, fields: chosen };
    });
}

export function namesField(paths: string[], field: string): boolean {
  return paths.some((path) => path === field || path.startsWith(`${field}.`));
}

/** A JSON Schema object (draft 2020-12 subset the providers accept), e.g. from `z.toJSONSchema(schema)`. */
export type JsonSchema = { readonly [keyword: string]: unknown };

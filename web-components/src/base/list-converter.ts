import type { ComplexAttributeConverter } from "lit";

/** `markets="es-MX, es-AR"` ⇄ `["es-MX", "es-AR"]`. */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== ""),
  toAttribute: (value) => value.join(","),
};

import { fallbackChain, fallbackChains } from "./fallback-chain.ts";

/**
 * The market locales to try for an element: its own attribute, else the nearest `lang` (the page's),
 * else the visitor's `navigator.languages`; each expanded into its fallback chain.
 */
export function marketLocales(element: HTMLElement, explicit: string): string[] {
  if (explicit !== "") return fallbackChain(explicit);
  const lang = element.closest("[lang]")?.getAttribute("lang") ?? "";
  if (lang !== "") return fallbackChain(lang);
  return fallbackChains(globalThis.navigator?.languages ?? []);
}

import type { FakeLocale, FakeMarket, FakeProduct } from "./fake-admin.ts";

export const locales: FakeLocale[] = [
  { locale: "en", name: "English", primary: true, published: true },
  { locale: "es", name: "Spanish", primary: false, published: true },
  { locale: "pt-BR", name: "Portuguese (Brazil)", primary: false, published: true },
  { locale: "fr", name: "French", primary: false, published: false },
];

export const markets: FakeMarket[] = [
  { id: "gid://shopify/Market/101", name: "Mexico", handle: "mx", countryCodes: ["MX"] },
  { id: "gid://shopify/Market/102", name: "Argentina", handle: "ar", countryCodes: ["AR"] },
  { id: "gid://shopify/Market/103", name: "Andean", handle: "andean", countryCodes: ["CO", "PE"] },
  { id: "gid://shopify/Market/104", name: "Brazil", handle: "br", countryCodes: ["BR"] },
];

export const mexico = "gid://shopify/Market/101";
export const argentina = "gid://shopify/Market/102";
export const andean = "gid://shopify/Market/103";

export function productId(n: number): string {
  return `gid://shopify/Product/${1000 + n}`;
}

export function product(n: number, title = `Laptop computer ${n}`): FakeProduct {
  return {
    id: productId(n),
    fields: {
      title: { value: title, type: "SINGLE_LINE_TEXT_FIELD" },
      body_html: {
        value: `<p>A fast <strong>computer</strong> with a cell phone dock.</p><p>You get free shipping.</p>`,
        type: "HTML",
      },
      handle: { value: `laptop-computer-${n}`, type: "URI" },
      product_type: { value: "Computers", type: "SINGLE_LINE_TEXT_FIELD" },
      meta_description: { value: "Buy a computer today", type: "MULTI_LINE_TEXT_FIELD" },
      meta_title: { value: "", type: "SINGLE_LINE_TEXT_FIELD" },
    },
  };
}

export function catalog(size: number): FakeProduct[] {
  return Array.from({ length: size }, (_, index) => product(index + 1));
}

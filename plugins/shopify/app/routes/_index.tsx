import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

/** Opened from the Shopify admin with a shop: go to the embedded app. Otherwise a short explanation. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return null;
};

export default function Index() {
  return (
    <main style={{ fontFamily: "system-ui", maxWidth: 640, margin: "4rem auto", lineHeight: 1.5 }}>
      <h1>Frontier for Shopify</h1>
      <p>
        Per-market Spanish (es-MX, es-AR, es-CO, es-CL …) and Brazilian Portuguese for your product copy, written
        through Shopify's translations. Install the app from your Shopify admin to use it.
      </p>
    </main>
  );
}

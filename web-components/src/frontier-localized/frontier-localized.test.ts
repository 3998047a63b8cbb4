import { createServer } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  launchChromium,
  mount,
  seriousAxeViolations,
  serveSources,
  startBrowserHarness,
} from "../../testing/browser.ts";

let harness: BrowserHarness;
let page: Page;

beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(async () => harness?.close());
beforeEach(async () => {
  harness.api.configure({});
  harness.api.requests.length = 0;
  await page?.close();
  page = await harness.openFixture();
});

function element(id: string, attributes: string, fallback = "Envío gratis") {
  return `<p><frontier-localized id="${id}" api-base="${harness.api.url}" publishable-key="fk_pub_test" ${attributes}>${fallback}</frontier-localized></p>`;
}

/** What a reader sees: the published copy when loaded, else the slotted fallback if it has a visible box. */
function visibleText(id: string) {
  return page.evaluate((id) => {
    const host =
      document.querySelector("main")?.querySelector(`#${id}`) ??
      document.querySelector("#host")?.shadowRoot?.querySelector(`#${id}`);
    if (!(host instanceof HTMLElement)) throw new Error(`no #${id}`);
    const content = host.shadowRoot?.querySelector("[part=content]");
    if (content) return { state: host.getAttribute("state"), text: content.textContent };
    const range = document.createRange();
    range.selectNodeContents(host);
    const slotted = host.shadowRoot?.querySelector("slot") !== null;
    return {
      state: host.getAttribute("state"),
      text: slotted && range.getBoundingClientRect().width > 0 ? host.textContent : "",
    };
  }, id);
}

function waitForState(id: string, state: string) {
  return page.waitForFunction(
    ([id, state]) => document.querySelector(`#${id}`)?.getAttribute("state") === state,
    [id, state],
  );
}

describe("<frontier-localized>", () => {
  it("walks the fallback chain es-CO → es-419 with the publishable key in the query", async () => {
    await mount(page, element("banner", 'content-id="free-shipping-banner" locale="es-co"'));
    await waitForState("banner", "loaded");
    expect(await visibleText("banner")).toEqual({ state: "loaded", text: "¡Envío gratis a todo el país!" });
    const asked = harness.api.requests.map((request) => new URL(request.url).searchParams);
    expect(asked.map((query) => query.get("locale"))).toEqual(["es-CO", "es-419"]);
    expect(asked.every((query) => query.get("key") === "fk_pub_test")).toBe(true);
  });

  it("takes the market from the nearest lang, then from navigator.languages", async () => {
    await mount(page, `<div lang="pt-BR">${element("by-lang", 'content-id="free-shipping-banner"')}</div>`);
    await waitForState("by-lang", "loaded");
    expect((await visibleText("by-lang")).text).toBe("Frete grátis para todo o Brasil!");

    await page.evaluate(() => {
      document.documentElement.removeAttribute("lang");
      Object.defineProperty(navigator, "languages", { get: () => ["es-MX", "en-US"] });
    });
    await mount(page, element("by-navigator", 'content-id="free-shipping-banner"'));
    await waitForState("by-navigator", "loaded");
    expect((await visibleText("by-navigator")).text).toBe("¡Envío gratis a toda la República!");
  });

  it("reloads when an attribute changes and announces it with an event that leaves a shadow root", async () => {
    await mount(page, element("banner", 'content-id="free-shipping-banner" locale="es-MX"'), { inShadowRoot: true });
    const event = page.evaluate(
      () =>
        new Promise<{ locale: string; composed: boolean; target: string }>((resolve) => {
          document.addEventListener("frontier-load", (event) => {
            if (event.content.locale === "es-AR")
              resolve({
                locale: event.content.locale,
                composed: event.composed,
                target: (event.target as Element).localName,
              });
          });
        }),
    );
    await page.evaluate(() =>
      document.querySelector("#host")?.shadowRoot?.querySelector("#banner")?.setAttribute("locale", "es-AR"),
    );
    expect(await event).toEqual({ locale: "es-AR", composed: true, target: "div" });
    expect((await visibleText("banner")).text).toBe("¡Envío gratis a todo el país, pagalo en cuotas!");
  });

  it("keeps the fallback on a server error, emits frontier-error, and shows the message with show-errors", async () => {
    harness.api.configure({ fail: ["content"] });
    const error = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener("frontier-error", (event) => resolve(event.error.code)),
        ),
    );
    await mount(page, element("banner", 'content-id="free-shipping-banner" locale="es-AR" show-errors'));
    expect(await error).toBe("internal_error");
    await waitForState("banner", "error");
    expect(await visibleText("banner")).toEqual({ state: "error", text: "Envío gratis" });
    const message = await page.locator("#banner [part=error]").textContent();
    expect(message).toBe("The server failed (mock).");
  });

  it("keeps the fallback when no locale in the chain has published copy", async () => {
    await mount(page, element("banner", 'content-id="unknown-id" locale="es-AR"'));
    await page.waitForFunction(() => document.querySelector("#banner")?.getAttribute("state") === "fallback");
    await expect.poll(() => harness.api.requests.length).toBe(3);
    expect(await visibleText("banner")).toEqual({ state: "fallback", text: "Envío gratis" });
  });

  it("renders published HTML without scripts, handlers or images", async () => {
    await mount(page, element("promo", 'content-id="promo-html" locale="es-AR"'));
    await waitForState("promo", "loaded");
    const markup = await page.evaluate(() =>
      document
        .querySelector("#promo")
        ?.shadowRoot?.querySelector("[part=content]")
        ?.innerHTML.replace(/<!--.*?-->/g, ""),
    );
    expect(markup).toBe("<strong>Hot Sale</strong>: hasta <em>30%</em> de descuento");
  });

  it("refuses a secret key without sending it", async () => {
    await mount(
      page,
      element("banner", 'content-id="free-shipping-banner" locale="es-AR"').replace("fk_pub_test", "fk_live_abc"),
    );
    await waitForState("banner", "error");
    expect(harness.api.requests).toHaveLength(0);
  });

  /** The events the mock server received, from every beacon so far. */
  function sentEvents() {
    return harness.api.requests
      .filter((request) => request.method === "POST" && new URL(request.url).pathname === "/api/v1/events")
      .flatMap((request) => {
        const body = request.json() as { consent?: { analytics?: boolean }; events?: Record<string, unknown>[] };
        expect(body.consent).toEqual({ analytics: true });
        expect(new URL(request.url).searchParams.get("key")).toBe("fk_pub_test");
        return body.events ?? [];
      });
  }

  const contentRequests = () =>
    harness.api.requests
      .filter((request) => new URL(request.url).pathname.startsWith("/api/v1/content/"))
      .map((request) => new URL(request.url).searchParams);

  it("with consent shows the visitor's A/B variant, the same on every visit, and reports events with its id", async () => {
    await page.evaluate(() => localStorage.clear());
    await mount(page, element("ab", 'content-id="installments-banner" locale="es-AR" analytics-consent="granted"'));
    await waitForState("ab", "loaded");
    const [shared, own] = contentRequests();
    expect(shared?.get("visitor")).toBeNull();
    const visitor = own?.get("visitor") ?? "";
    expect(visitor).toMatch(/^[0-9a-f]{32}$/);
    expect(await page.evaluate(() => localStorage.getItem("frontier-visitor"))).toBe(visitor);
    const seen = (await visibleText("ab")).text;
    expect(["Pagalo en cuotas sin interés.", "¡Hasta 12 cuotas sin interés!"]).toContain(seen);
    const variant = seen === "Pagalo en cuotas sin interés." ? "var_control" : "var_twelve";

    await page.locator("#ab [part=content]").click();
    await expect.poll(() => sentEvents().length).toBe(2);
    expect(sentEvents()).toEqual([
      { type: "impression", content_id: "installments-banner", locale: "es-AR", variant_id: variant },
      { type: "click", content_id: "installments-banner", locale: "es-AR", variant_id: variant },
    ]);
    expect(harness.api.requests.some((request) => request.body.includes(visitor))).toBe(false);

    // The next visit: the same id, so the same variant.
    await mount(page, element("again", 'content-id="installments-banner" locale="es-AR" analytics-consent="granted"'));
    await waitForState("again", "loaded");
    // (The variant's answer may come from the browser's private cache: the server then sees no second request.)
    expect(new Set(contentRequests().map((query) => query.get("visitor")))).toEqual(new Set([null, visitor]));
    expect((await visibleText("again")).text).toBe(seen);
    await expect.poll(() => sentEvents().length).toBe(3);
    expect(sentEvents()[2]).toEqual(sentEvents()[0]);
  });

  it("without consent shows the shared copy and sends no visitor id and no events, until consent comes", async () => {
    await page.evaluate(() => localStorage.clear());
    await mount(page, element("ab", 'content-id="installments-banner" locale="es-AR"'));
    await waitForState("ab", "loaded");
    expect((await visibleText("ab")).text).toBe("Pagalo en cuotas sin interés.");
    expect(contentRequests().map((query) => query.get("visitor"))).toEqual([null]);
    expect(await page.evaluate(() => localStorage.getItem("frontier-visitor"))).toBeNull();
    await page.waitForTimeout(1_500);
    expect(sentEvents()).toEqual([]);
    expect(
      await page.evaluate(() =>
        (document.querySelector("#ab") as unknown as { report(type: string): boolean }).report("conversion"),
      ),
    ).toBe(false);

    // <frontier-consent> records the answer for the market and announces it.
    await page.evaluate(() => {
      localStorage.setItem("frontier-consent:es-AR", JSON.stringify(["essential", "analytics"]));
      document.dispatchEvent(new Event("frontier-consent"));
    });
    await expect.poll(() => sentEvents().length).toBe(1);
    expect(sentEvents()).toEqual([{ type: "impression", content_id: "installments-banner", locale: "es-AR" }]);
  });

  it("report() sends conversions in batches and drops what exceeds the page's rate", async () => {
    await mount(page, element("ab", 'content-id="free-shipping-banner" locale="es-AR" analytics-consent="granted"'));
    await waitForState("ab", "loaded");
    const accepted = await page.evaluate(() => {
      const host = document.querySelector("#ab") as unknown as { report(type: string): boolean };
      return Array.from({ length: 80 }, () => host.report("conversion")).filter(Boolean).length;
    });
    expect(accepted).toBe(59); // 60 a minute, the impression included
    await expect.poll(() => sentEvents().length).toBe(60);
    const beacons = harness.api.requests.filter((request) => request.url.includes("/api/v1/events"));
    expect(beacons.map((request) => (request.json().events as unknown[]).length)).toEqual([50, 10]);
    expect(sentEvents().filter((event) => event.type === "conversion")).toHaveLength(59);
    expect(sentEvents()[0]).toEqual({ type: "impression", content_id: "free-shipping-banner", locale: "es-AR" });
  });

  it("has no serious accessibility violations", async () => {
    await mount(page, element("banner", 'content-id="free-shipping-banner" locale="es-AR" show-errors'));
    await waitForState("banner", "loaded");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe("<frontier-localized> without JavaScript or server", () => {
  it("shows the server-rendered fallback when JavaScript is disabled", async () => {
    const sources = await serveSources();
    const browser = await launchChromium({ javaScriptEnabled: false });
    try {
      const noScript = await browser.context.newPage();
      await noScript.goto(`${sources.url}/testing/no-script.html`);
      expect(await noScript.evaluate(() => customElements.get("frontier-localized"))).toBeUndefined();
      const fallback = noScript.locator("frontier-localized");
      expect(await fallback.isVisible()).toBe(true);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a visitor sees
      expect(await fallback.innerText()).toBe("Envío gratis en compras desde $50.000");
    } finally {
      await browser.close();
      await sources.close();
    }
  });

  it("keeps the fallback visible when the server is down", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
      });
    });
    await mount(
      page,
      `<p><frontier-localized id="down" api-base="http://127.0.0.1:${closedPort}" content-id="free-shipping-banner" locale="es-AR">Envío gratis</frontier-localized></p>`,
    );
    await waitForState("down", "error");
    expect(await visibleText("down")).toEqual({ state: "error", text: "Envío gratis" });
  });
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BrowserHarness, mount, seriousAxeViolations, startBrowserHarness } from "../../testing/browser.ts";

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

function generator(attributes = "") {
  return `<frontier-copy-generator id="gen" api-base="${harness.api.url}" token="jwt-editor"
    prompt="Zapatillas urbanas con envío gratis" ${attributes.includes("ui-lang") ? "" : 'ui-lang="en"'} ${attributes}></frontier-copy-generator>`;
}

/** Clicks Generate inside the shadow root (Playwright's locators pierce open shadow roots). */
async function clickGenerate() {
  await page.locator("#gen [part=generate-button]").click();
}

function waitForEvent<T>(name: string, pick: string) {
  return page.evaluate(
    ({ name, pick }) =>
      new Promise<T>((resolve) => {
        document.addEventListener(name, (event) => {
          const value = new Function("event", `return (${pick});`)(event);
          resolve(value);
        });
      }),
    { name, pick },
  );
}

describe("<frontier-copy-generator>", () => {
  it("renders its labels in the UI language and re-renders when ui-lang or markets change", async () => {
    await mount(page, generator('ui-lang="es" markets="es-AR"'));
    expect(await page.locator("#gen [part=generate-button]").textContent()).toContain("Generar");
    expect(await page.locator("#gen label[for=prompt]").textContent()).toBe("¿Qué debe decir el texto?");
    expect(
      await page
        .locator("#gen [part=markets] input:checked")
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(["es-AR"]);

    await page.evaluate(() => {
      const element = document.querySelector("#gen");
      element?.setAttribute("ui-lang", "pt-BR");
      element?.setAttribute("markets", "es-MX,pt-BR");
    });
    await expect.poll(() => page.locator("#gen [part=generate-button]").textContent()).toContain("Gerar");
    expect(
      await page
        .locator("#gen [part=markets] input:checked")
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(["es-MX", "pt-BR"]);
  });

  it("streams the text into a busy live region, then shows score, breakdown and adaptations", async () => {
    harness.api.configure({ chunkDelayMs: 250 });
    await mount(page, generator('markets="es-MX"'), { inShadowRoot: true });
    const generated = waitForEvent<{ market: string; score: number; composed: boolean }>(
      "frontier-generated",
      "{ market: event.market, score: event.result.performance_score, composed: event.composed }",
    );
    await clickGenerate();
    const output = page.locator("#gen [part=output]");
    await expect.poll(async () => (await output.textContent())?.length ?? 0).toBeGreaterThan(0);
    expect(await output.getAttribute("aria-busy")).toBe("true");
    expect(await output.getAttribute("role")).toBe("status");
    expect(await output.getAttribute("lang")).toBe("es-MX");
    const caretAnimation = () => output.evaluate((node) => getComputedStyle(node, "::after").animationName);
    expect(await caretAnimation()).toBe("frontier-blink");
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await caretAnimation()).toBe("none");

    expect(await generated).toEqual({ market: "es-MX", score: 87, composed: true });
    await expect.poll(() => output.getAttribute("aria-busy")).toBe("false");
    expect(await output.textContent()).toBe(
      "Llévate tus tenis favoritos hoy y págalos a meses sin intereses. ¡Envío gratis a toda la República!",
    );
    expect(await page.locator("#gen [part=score] strong").textContent()).toBe("Score 87 of 100");
    expect(await page.locator("#gen [part=breakdown] tr").count()).toBe(4);
    expect(await page.locator("#gen [part=adaptations] li").first().textContent()).toBe(
      "zapatillas → tenis: Mexican vocabulary for sneakers.",
    );
    await expect.poll(() => page.locator("#gen p.notice").allTextContents()).toContain("Written by rules · rules-v1");

    const request = harness.api.requests.find((r) => r.url.endsWith("/api/v1/generate-content"));
    expect(request?.headers.get("accept")).toBe("text/event-stream");
    expect(request?.headers.get("authorization")).toBe("Bearer jwt-editor");
    expect(await request?.json()).toEqual({
      prompt: "Zapatillas urbanas con envío gratis",
      content_type: "product_description",
      target_country: "es-MX",
      tone: "friendly",
      length: "medium",
    });
  });

  it("discards the shown text when a fallback provider restarts", async () => {
    harness.api.configure({ streamRestart: true });
    await mount(page, generator('markets="pt-BR"'));
    await clickGenerate();
    await expect.poll(() => page.locator("#gen [part=output]").getAttribute("aria-busy")).toBe("false");
    const text = await page.locator("#gen [part=output]").textContent();
    expect(text).toBe("Leve hoje seus tênis favoritos e pague parcelado sem juros. Frete grátis para todo o Brasil!");
    expect(await page.locator("#gen .notice").first().textContent()).toBe(
      "Another model took over; the text starts again.",
    );
  });

  it("shows a visible error for a failed request and for an error event mid-stream", async () => {
    harness.api.configure({ fail: ["generate"] });
    await mount(page, generator('markets="es-MX"'));
    const code = waitForEvent<string>("frontier-error", "event.error.code");
    await clickGenerate();
    expect(await code).toBe("internal_error");
    expect(await page.locator("#gen [part=error][role=alert]").textContent()).toContain("The server failed (mock).");

    harness.api.configure({ streamError: true });
    await page.locator("#gen [part=error] button").click();
    await expect
      .poll(() => page.locator("#gen [part=error][role=alert]").textContent())
      .toContain("Every provider failed.");
    expect(await page.locator("#gen [part=output]").textContent()).toBe("Llévate tus tenis ");
  });

  it("accepts into the form value, regenerates and copies", async () => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await mount(page, `<form id="form">${generator('name="headline" markets="es-AR,pt-BR"')}</form>`);
    await clickGenerate();
    await expect.poll(() => page.locator("#gen [part~=accept-button]").count()).toBe(2);

    const accepted = waitForEvent<{ market: string; content: string }>(
      "frontier-accept",
      "{ market: event.market, content: event.content }",
    );
    await page.locator("#gen [data-market=es-AR] [part~=accept-button]").click();
    const expected =
      "Llevate tus zapatillas favoritas hoy y pagalas en cuotas sin interés. ¡Envío gratis a todo el país!";
    expect(await accepted).toEqual({ market: "es-AR", content: expected });
    expect(await page.evaluate(() => new FormData(document.querySelector("form") ?? undefined).get("headline"))).toBe(
      expected,
    );
    expect(await page.locator("#gen [data-market=es-AR] [part~=accept-button]").textContent()).toContain("Accepted");

    const copied = waitForEvent<{ content: string; copied: boolean }>(
      "frontier-copy",
      "{ content: event.content, copied: event.copied }",
    );
    await page.locator("#gen [data-market=pt-BR] [part~=copy-button]").click();
    const copy = await copied;
    expect(copy.content).toContain("parcelado sem juros");
    const message = await page.locator("#gen [data-market=pt-BR] p[role=status]").textContent();
    expect(message).toBe(
      copy.copied ? "Copied to the clipboard." : "The browser did not allow copying; select the text instead.",
    );

    const before = harness.api.requests.length;
    await page.locator("#gen [data-market=pt-BR] [part~=regenerate-button]").click();
    await expect.poll(() => harness.api.requests.length).toBe(before + 1);
    expect(await harness.api.requests.at(-1)?.json()).toMatchObject({ target_country: "pt-BR" });
  });

  it("asks for a prompt before sending anything, and refuses a secret key", async () => {
    await mount(page, generator().replace('prompt="Zapatillas urbanas con envío gratis"', ""));
    await clickGenerate();
    expect(await page.locator("#gen form [role=alert]").textContent()).toBe("Write a prompt first.");
    expect(harness.api.requests).toHaveLength(0);

    // What the user types and picks is what is sent.
    await page.locator("#gen textarea").fill("Mochila escolar");
    await page.locator("#gen [part=markets] input[value=es-MX]").uncheck();
    await page.locator("#gen [part=markets] input[value=es-CL]").check();
    await page.locator("#gen select#tone").selectOption("urgent");
    await clickGenerate();
    await expect.poll(() => harness.api.requests.length).toBe(1);
    expect(harness.api.requests[0]?.json()).toMatchObject({
      prompt: "Mochila escolar",
      target_country: "es-CL",
      tone: "urgent",
    });
    harness.api.requests.length = 0;

    await mount(page, generator().replace("jwt-editor", "fk_live_secret"));
    await clickGenerate();
    await expect.poll(() => page.locator("#gen [part=error]").textContent()).toContain("secret key");
    expect(harness.api.requests).toHaveLength(0);
  });

  it("has no serious accessibility violations, empty or with a result", async () => {
    await mount(page, generator('markets="es-MX"'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await clickGenerate();
    await expect.poll(() => page.locator("#gen [part=score]").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

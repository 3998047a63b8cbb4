import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BrowserHarness, mount, seriousAxeViolations, startBrowserHarness } from "../../testing/browser.ts";
import { sampleSource, sampleVariants } from "../../testing/fixtures.ts";

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

function preview(attributes = 'locales="es-AR,es-CO,es-CL"') {
  return `<frontier-variant-preview id="preview" api-base="${harness.api.url}" token="jwt-editor" ui-lang="en"
    source-locale="es-MX" source="${sampleSource}" ${attributes}></frontier-variant-preview>`;
}

const focusedChange = () =>
  page.evaluate(() => {
    const host =
      document.querySelector("#preview") ?? document.querySelector("#host")?.shadowRoot?.querySelector("#preview");
    const focused = host?.shadowRoot?.activeElement;
    return { text: focused?.textContent, locale: focused?.closest("section")?.getAttribute("data-locale") };
  });

describe("<frontier-variant-preview>", () => {
  it("localizes the source through the server and shows each market with highlighted, explained changes", async () => {
    await mount(page, preview());
    await expect.poll(() => page.locator("#preview [part=variant]").count()).toBe(3);
    const request = harness.api.requests.find((r) => r.url.endsWith("/api/v1/localize"));
    expect(request?.headers.get("authorization")).toBe("Bearer jwt-editor");
    expect(await request?.json()).toEqual({
      content: sampleSource,
      format: "text",
      source_locale: "es-MX",
      target_locales: ["es-AR", "es-CO", "es-CL"],
    });

    const argentina = page.locator("#preview [data-locale=es-AR]");
    expect(await argentina.locator("[part=change]").allTextContents()).toEqual([
      "Comprá",
      "pagala",
      "cuotas sin interés",
    ]);
    expect(await argentina.locator("[part=text]").textContent()).toBe(sampleVariants["es-AR"]?.content);
    expect(await argentina.locator("[part=changes] li").first().textContent()).toContain(
      "“Compra” became “Comprá”: Argentina uses voseo",
    );
    const finding = await argentina.locator("[part=findings] li").textContent();
    expect(finding?.replace(/\s+/g, " ")).toContain("Warning: Instalment offers");
    expect(await page.locator("#preview [data-locale=es-CO]").textContent()).toContain("No findings.");
    // A change the server answered from the translation memory says so; the others do not.
    const colombia = page.locator("#preview [data-locale=es-CO] [part=changes] li");
    expect(await colombia.first().textContent()).toContain("(from the translation memory)");
    expect(await colombia.nth(1).locator("[part=remembered]").count()).toBe(0);
    expect(await argentina.locator("[part=remembered]").count()).toBe(0);
    const source = page.locator("#preview [part=source] [part=text]");
    expect(await source.textContent()).toBe(sampleSource);
    expect(await source.locator("[part=source-change]").allTextContents()).toEqual([
      "Compra",
      "computadora",
      "págala",
      "meses sin intereses",
    ]);
  });

  it("shows results given as a property without calling the server", async () => {
    await mount(page, '<frontier-variant-preview id="preview" ui-lang="es"></frontier-variant-preview>');
    expect(await page.locator("#preview [part=empty]").textContent()).toBe("Todavía no hay variantes para mostrar.");
    const chile = sampleVariants["es-CL"];
    if (chile === undefined) throw new Error("fixtures need es-CL");
    await page.evaluate((variant) => {
      const element = document.querySelector("frontier-variant-preview");
      if (element) element.results = [{ locale: "es-CL", ...variant }];
    }, chile);
    await expect.poll(() => page.locator("#preview [part=change]").count()).toBe(3);
    expect(await page.locator("#preview [part=findings]").textContent()).toContain("Nota:");
    expect(harness.api.requests).toHaveLength(0);
  });

  it("moves between changes and markets with the keyboard, announcing each selection", async () => {
    await mount(page, preview(), { inShadowRoot: true });
    await expect.poll(() => page.locator("#preview [part=change]").count()).toBe(9);
    const selections = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener("frontier-change-select", (event) => {
            seen.push(`${event.locale}:${event.adaptation.to}`);
            if (seen.length === 4) resolve(seen);
          });
        }),
    );
    await page.keyboard.press("Tab");
    expect(await focusedChange()).toEqual({ text: "Comprá", locale: "es-AR" });
    await page.keyboard.press("ArrowDown");
    expect(await focusedChange()).toEqual({ text: "pagala", locale: "es-AR" });
    await page.keyboard.press("ArrowRight");
    expect(await focusedChange()).toEqual({ text: "págalo", locale: "es-CO" });
    await page.keyboard.press("End");
    expect(await focusedChange()).toEqual({ text: "cuotas sin intereses", locale: "es-CO" });
    await page.keyboard.press("ArrowLeft");
    expect(await focusedChange()).toEqual({ text: "cuotas sin interés", locale: "es-AR" });
    expect(await selections).toEqual([
      "es-AR:pagala",
      "es-CO:págalo",
      "es-CO:cuotas sin intereses",
      "es-AR:cuotas sin interés",
    ]);
    // One tab stop for the whole preview: Shift+Tab leaves it.
    const tabbable = await page.locator("#preview [part=change][tabindex='0']").count();
    expect(tabbable).toBe(1);
  });

  it("localizes again when the locales attribute changes", async () => {
    await mount(page, preview());
    await expect.poll(() => page.locator("#preview [part=variant]").count()).toBe(3);
    await page.evaluate(() => document.querySelector("#preview")?.setAttribute("locales", "es-CO"));
    await expect.poll(() => page.locator("#preview [part=variant]").count()).toBe(1);
    expect(await page.locator("#preview [part=variant]").getAttribute("data-locale")).toBe("es-CO");
  });

  it("shows a visible error when the server fails, and recovers on retry", async () => {
    harness.api.configure({ fail: ["localize"] });
    const code = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener("frontier-error", (event) => resolve(event.error.code)),
        ),
    );
    await mount(page, preview());
    expect(await code).toBe("internal_error");
    expect(await page.locator("#preview [part=error][role=alert]").textContent()).toContain(
      "The server failed (mock).",
    );
    harness.api.configure({});
    await page.locator("#preview [part=error] button").click();
    await expect.poll(() => page.locator("#preview [part=variant]").count()).toBe(3);
  });

  it("has no serious accessibility violations", async () => {
    await mount(page, preview());
    await expect.poll(() => page.locator("#preview [part=variant]").count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

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
  await page.evaluate(() => localStorage.clear());
});

function consent(attributes = 'market="es-AR"') {
  return `<frontier-consent id="consent" api-base="${harness.api.url}" publishable-key="fk_pub_test" ui-lang="en" ${attributes}></frontier-consent>`;
}

/** The consent records posted, in purpose order (the element posts them concurrently). */
const consentPosts = () => {
  const order = ["necessary", "analytics", "marketing"];
  return harness.api.requests
    .filter((r) => r.url.endsWith("/api/v1/consent"))
    .map((r) => r.json())
    .sort((a, b) => order.indexOf(String(a.purpose)) - order.indexOf(String(b.purpose)));
};

describe("<frontier-consent>", () => {
  it("shows the market's notice, law and purposes, with the necessary purpose always on", async () => {
    await mount(page, consent('market="es-AR" ui-lang="es"').replace('ui-lang="en" ', ""));
    await expect.poll(() => page.locator("#consent [part=banner]").count()).toBe(1);
    expect(await page.locator("#consent [part=law]").textContent()).toBe(
      "Según Ley 25.326, bajo la supervisión de AAIP.",
    );
    expect(await page.locator("#consent [part=notice]").getAttribute("lang")).toBe("es-AR");
    const boxes = page.locator("#consent [part=purposes] input");
    expect(
      await boxes.evaluateAll((inputs) =>
        inputs.map((i) => [
          (i as HTMLInputElement).value,
          (i as HTMLInputElement).checked,
          (i as HTMLInputElement).disabled,
        ]),
      ),
    ).toEqual([
      ["necessary", true, true],
      ["analytics", false, false],
      ["marketing", false, false],
    ]);
    const request = harness.api.requests[0];
    expect(request?.url).toMatch(/\/api\/v1\/compliance\/notice\?market=es-AR$/);
    expect(request?.headers.get("authorization")).toBe("Bearer fk_pub_test");
  });

  it("records every purpose on Accept all, emits frontier-consent across a shadow root and stays answered", async () => {
    await mount(page, `<form>${consent('market="es-AR" name="privacy"')}</form>`, { inShadowRoot: true });
    await expect.poll(() => page.locator("#consent [part~=accept-button]").count()).toBe(1);
    const recorded = page.evaluate(
      () =>
        new Promise<{ market: string; granted: string[] }>((resolve) =>
          document.addEventListener("frontier-consent", (event) =>
            resolve({ market: event.market, granted: event.records.filter((r) => r.granted).map((r) => r.purpose) }),
          ),
        ),
    );
    await page.locator("#consent [part~=accept-button]").click();
    expect(await recorded).toEqual({ market: "es-AR", granted: ["necessary", "analytics", "marketing"] });
    const posts = consentPosts();
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((post) => post.subject_id)).size).toBe(1);
    expect(posts[1]).toMatchObject({
      purpose: "analytics",
      market: "es-AR",
      granted: true,
      text_version: "es-AR-2026-01",
    });
    const formValue = await page.evaluate(() => {
      const form = document.querySelector("#host")?.shadowRoot?.querySelector("form");
      return form ? new FormData(form).get("privacy") : null;
    });
    expect(formValue).toBe("necessary,analytics,marketing");
    expect(await page.locator("#consent [part~=reopen-button]").count()).toBe(1);

    // The decision is remembered for this notice version: a new page does not ask again.
    await mount(page, consent());
    await expect.poll(() => page.locator("#consent [part~=reopen-button]").count()).toBe(1);
    expect(await page.locator("#consent [part=banner]").count()).toBe(0);
  });

  it("saves only the chosen purposes", async () => {
    await mount(page, consent('market="pt-BR" subject-id="customer-42"'));
    await expect.poll(() => page.locator("#consent [part=banner]").count()).toBe(1);
    await page.locator("#consent input[value=analytics]").check();
    await page.locator("#consent [part~=save-button]").click();
    await expect.poll(() => consentPosts().length).toBe(3);
    const posts = consentPosts();
    expect(posts.map((post) => [post.purpose, post.granted, post.subject_id])).toEqual([
      ["necessary", true, "customer-42"],
      ["analytics", true, "customer-42"],
      ["marketing", false, "customer-42"],
    ]);
  });

  it("takes the market from the page and reloads when the market attribute changes", async () => {
    await mount(page, `<div lang="pt-BR">${consent("")}</div>`);
    await expect
      .poll(() => page.locator("#consent [part=law]").textContent())
      .toBe("Under LGPD (Lei 13.709/2018), supervised by ANPD.");
    await page.evaluate(() => document.querySelector("#consent")?.setAttribute("market", "es-MX"));
    await expect.poll(() => page.locator("#consent [part=law]").textContent()).toContain("LFPDPPP (2025)");
  });

  it("shows a visible error when the notice cannot be loaded or consent cannot be recorded", async () => {
    await mount(page, consent('market="es-UY"'));
    await expect
      .poll(() => page.locator("#consent [part=error]").textContent())
      .toContain("No privacy notice for this market.");
    const asked = harness.api.requests.map((r) => new URL(r.url).searchParams.get("market"));
    expect(asked).toEqual(["es-UY", "es-419", "es"]);

    harness.api.configure({ fail: ["consent"] });
    const code = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener("frontier-error", (event) => resolve(event.error.code)),
        ),
    );
    await mount(page, consent());
    await page.locator("#consent [part~=reject-button]").click();
    expect(await code).toBe("internal_error");
    expect(await page.locator("#consent [part=error][role=alert]").textContent()).toContain(
      "The server failed (mock).",
    );
    expect(await page.locator("#consent [part=banner]").count()).toBe(1);
  });

  it("has no serious accessibility violations", async () => {
    await mount(page, consent());
    await expect.poll(() => page.locator("#consent [part=banner]").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

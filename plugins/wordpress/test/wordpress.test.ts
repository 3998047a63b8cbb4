// The plugin on a real WordPress: installed from the built zip, activated, its REST routes called over HTTP
// with cookie authentication as an editor and as a subscriber, and localized drafts saved and parsed back.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { blockNames, type ParsedBlock, shapeOf } from "./support/block-shape.ts";
import { login } from "./support/session.ts";
import { createPost, tool } from "./support/site-tool.ts";

const site = inject("site");
const showcase = readFileSync(join(import.meta.dirname, "fixtures", "showcase.html"), "utf8");

describe("the plugin installed from its zip", () => {
  it("installed as frontier/frontier.php", () => {
    expect(site.install).toMatchObject({ installed: true, plugin: "frontier/frontier.php" });
  });

  it("answers an editor's generation request through the Frontier server", async () => {
    const editor = await login(site.url, "editor", site.users.editor);
    const answer = await editor.rest("/frontier/v1/generate", {
      method: "POST",
      body: { prompt: "zapatillas de running", market: "es-AR", tone: "friendly", length: "short" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      performance_score: expect.any(Number),
      metadata: { provider: "rules", locale: "es-AR", address_form: "vos" },
    });
    expect(JSON.stringify(answer.body)).toContain("zapatillas de running");
  });

  it("refuses a subscriber", async () => {
    const subscriber = await login(site.url, "subscriber", site.users.subscriber);
    for (const route of ["/frontier/v1/generate", "/frontier/v1/localize", "/frontier/v1/validate"]) {
      const answer = await subscriber.rest(route, {
        method: "POST",
        body: {
          prompt: "x",
          market: "es-MX",
          content: "x",
          locale: "es-MX",
          source_locale: "es-ES",
          target_locales: ["es-MX"],
        },
      });
      expect(answer.status, route).toBe(403);
      expect(answer.body).toMatchObject({ code: "frontier_forbidden" });
    }
  });

  it("treats a request without the REST nonce as anonymous", async () => {
    const editor = await login(site.url, "editor", site.users.editor);
    const answer = await editor.rest("/frontier/v1/generate", {
      method: "POST",
      nonce: null,
      body: { prompt: "zapatillas", market: "es-MX" },
    });
    expect(answer.status).toBe(401);
  });

  it("keeps settings to administrators and never returns the secret key", async () => {
    const editor = await login(site.url, "editor", site.users.editor);
    expect((await editor.rest("/frontier/v1/settings")).status).toBe(403);
    const admin = await login(site.url, "admin", site.users.admin);
    const answer = await admin.rest("/frontier/v1/settings");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ server_url: site.frontierUrl, has_secret_key: true });
    expect(JSON.stringify(answer.body)).not.toContain(site.secret);
  });
});

describe("the settings page", () => {
  it("saves through the Settings API with its nonce and never shows the secret key", async () => {
    const admin = await login(site.url, "admin", site.users.admin);
    const page = await admin.page("/wp-admin/options-general.php?page=frontier");
    expect(page.status).toBe(200);
    expect(page.html).toContain('name="frontier_secret_key" value=""');
    expect(page.html).not.toContain(site.secret);

    const field = (name: string) =>
      new RegExp(`name=["']${name}["'] value=["']([^"']*)["']`).exec(page.html)?.[1] ?? "";
    const form = {
      option_page: "frontier",
      action: "update",
      _wpnonce: field("_wpnonce"),
      _wp_http_referer: "/wp-admin/options-general.php?page=frontier",
      "frontier_settings[server_url]": site.frontierUrl,
      "frontier_settings[timeout]": "15",
      "frontier_settings[source_locale]": "es-ES",
      "frontier_settings[component_script_url]": "",
      "frontier_settings[publishable_key]": "",
      frontier_secret_key: "",
    };
    expect(form._wpnonce).toMatch(/^[0-9a-f]{10}$/);
    expect(await admin.submit("/wp-admin/options.php", { ...form, _wpnonce: "0000000000" })).toMatchObject({
      status: 403,
    });

    const saved = await admin.submit("/wp-admin/options.php", form);
    expect(saved.status).toBe(302);
    expect(saved.location).toContain("settings-updated=true");
    const settings = await admin.rest("/frontier/v1/settings");
    expect(settings.body).toMatchObject({ timeout: 15, has_secret_key: true });

    const editor = await login(site.url, "editor", site.users.editor);
    const generated = await editor.rest("/frontier/v1/generate", {
      method: "POST",
      body: { prompt: "mate", market: "es-AR" },
    });
    expect(generated.status, "a blank secret field kept the stored key").toBe(200);
    expect((await editor.page("/wp-admin/post-new.php")).html).not.toContain(site.secret);
  });
});

describe("localized drafts saved in WordPress", () => {
  it("parse back block for block like the source, apart from the text", async () => {
    const editor = await login(site.url, "editor", site.users.editor);
    const sourceId = await createPost(site, "editor", "Compra tu ordenador", showcase);
    const answer = await editor.rest("/frontier/v1/drafts", {
      method: "POST",
      body: { post_id: sourceId, source_locale: "es-ES", target_locales: ["es-AR", "es-MX"] },
    });
    expect(answer.status).toBe(201);
    const drafts = (answer.body as { drafts: Array<{ locale: string; post_id: number }> }).drafts;
    expect(drafts.map((draft) => draft.locale)).toEqual(["es-AR", "es-MX"]);

    const source = (await tool(site, "parse-blocks", String(sourceId))) as ParsedBlock[];
    expect(new Set(blockNames(source)).size).toBeGreaterThanOrEqual(10);
    for (const draft of drafts) {
      const localized = (await tool(site, "parse-blocks", String(draft.post_id))) as ParsedBlock[];
      expect(shapeOf(localized), draft.locale).toEqual(shapeOf(source));
      expect(JSON.stringify(localized)).not.toEqual(JSON.stringify(source));
      expect(JSON.stringify(localized)).toContain("computadora");
      // The server localizes the text attributes it knows (content, caption, alt …), not our block's fallback.
      expect(JSON.stringify(localized.filter((block) => block.blockName !== "frontier/localized"))).not.toContain(
        "ordenador",
      );

      const saved = (await tool(site, "post", String(draft.post_id))) as {
        status: string;
        title: string;
        meta: { source: string; locale: string };
      };
      expect(saved).toMatchObject({ status: "draft", meta: { source: String(sourceId), locale: draft.locale } });
      expect(saved.title).toBe(draft.locale === "es-AR" ? "Comprá tu computadora" : "Compra tu computadora");
    }
  });
});

describe("localizing the same post twice", () => {
  type Entry = { locale: string; status: string; post_id: number; updated: boolean };

  it("keeps one draft per market when two requests arrive at once (a double click)", async () => {
    const editor = await login(site.url, "editor", site.users.editor);
    // The test site's mu-plugin holds each insert of this source's drafts for half a second, so both requests
    // find no draft before either inserts one unless the plugin serializes them.
    const sourceId = await createPost(site, "editor", "Compra tu ordenador (slow insert)", showcase);
    const request = () =>
      editor.rest("/frontier/v1/drafts", {
        method: "POST",
        body: { post_id: sourceId, source_locale: "es-ES", target_locales: ["es-AR", "es-MX"] },
      });
    const answers = await Promise.all([request(), request()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    const [first = [], second = []] = answers.map((answer) => (answer.body as { drafts: Entry[] }).drafts);
    for (const [index, locale] of ["es-AR", "es-MX"].entries()) {
      expect(first[index]?.locale).toBe(locale);
      expect(second[index]?.post_id, locale).toBe(first[index]?.post_id);
      expect([first[index]?.status, second[index]?.status].sort(), locale).toEqual(["created", "updated"]);
    }

    const again = await request();
    expect(again.status).toBe(200);
    expect((again.body as { drafts: Entry[] }).drafts).toMatchObject([
      { locale: "es-AR", status: "updated", updated: true, post_id: first[0]?.post_id },
      { locale: "es-MX", status: "updated", updated: true, post_id: first[1]?.post_id },
    ]);
  });
});

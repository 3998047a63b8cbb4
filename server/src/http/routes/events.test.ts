import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../../testing/harness.ts";
import { maxEventsPerBatch } from "./events.ts";

describe("storefront learning routes", () => {
  const shop = "https://shop.example";
  let server: TestServer;
  let publishable: string;
  let tenantId: string;

  beforeAll(async () => {
    server = await createTestServer();
    const key = await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    publishable = key.plaintext;
    tenantId = key.tenantId;
  });
  afterAll(async () => {
    await server.close();
  });

  const send = (payload: unknown) =>
    server.app.inject({
      method: "POST",
      url: "/api/v1/events",
      headers: { ...bearer(publishable), origin: shop },
      payload: payload as Record<string, unknown>,
    });
  const event = { type: "impression", content_id: "doc-1", locale: "es-AR" };

  it("keeps nothing without analytics consent", async () => {
    const response = await send({ consent: { analytics: false }, events: [event, event] });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: 0, dropped: 2 });
    expect(await server.services.repository.learning.eventCounts(tenantId, 0)).toEqual([]);
  });

  it("stores a consented batch and counts it on /metrics", async () => {
    const response = await send({
      consent: { analytics: true },
      events: [event, { ...event, type: "conversion" }, { ...event, type: "conversion" }],
    });
    expect(response.json()).toEqual({ accepted: 3, dropped: 0 });
    expect(await server.services.repository.learning.eventCounts(tenantId, 0)).toEqual([
      { locale: "es-AR", type: "conversion", count: 2 },
      { locale: "es-AR", type: "impression", count: 1 },
    ]);
    const metrics = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.body).toContain('frontier_storefront_events_total{type="conversion",market="es-AR"} 2');
    expect(metrics.body).toContain('frontier_storefront_events_dropped_total{reason="no_consent"} 2');
  });

  it("refuses personal fields and oversized batches with a 400", async () => {
    expect(
      (await send({ consent: { analytics: true }, events: [{ ...event, email: "ana@example.com" }] })).statusCode,
    ).toBe(400);
    expect((await send({ consent: { analytics: true }, visitor_id: "v1", events: [event] })).statusCode).toBe(400);
    const tooMany = Array.from({ length: maxEventsPerBatch + 1 }, () => event);
    expect((await send({ consent: { analytics: true }, events: tooMany })).statusCode).toBe(400);
  });

  it("takes a beacon's JSON sent as text/plain with the key in the query, and only on the events route", async () => {
    const beacon = (url: string, body: string) =>
      server.app.inject({
        method: "POST",
        url: `${url}?key=${publishable}`,
        headers: { origin: shop, "content-type": "text/plain;charset=UTF-8" },
        payload: body,
      });
    const response = await beacon(
      "/api/v1/events",
      JSON.stringify({ consent: { analytics: true }, events: [{ ...event, locale: "es-CL", variant_id: "var_1" }] }),
    );
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: 1, dropped: 0 });
    expect(await server.services.repository.learning.eventCounts(tenantId, 0)).toContainEqual({
      locale: "es-CL",
      type: "impression",
      count: 1,
    });
    expect((await beacon("/api/v1/events", "{not json")).statusCode).toBe(400);
    // Other routes keep refusing text: a consent record is JSON only.
    const consent = await beacon("/api/v1/consent", JSON.stringify({ subject_id: "abc" }));
    expect(consent.statusCode).toBe(400);
    expect(consent.json().error.issues).toEqual([{ path: "", message: expect.stringMatching(/expected object/i) }]);
  });
});

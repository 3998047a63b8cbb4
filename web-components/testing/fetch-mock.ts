// The mock API inside the page: `fetch` calls to a mock base URL are answered by `createMockApi`
// without leaving the browser. Storybook installs it in its preview; every story picks a scenario
// through its `api-base`, so several stories on one docs page can show different states.
import { createMockApi, type MockApiOptions, type MockRoute } from "./mock-api.ts";

const allRoutes: readonly MockRoute[] = ["content", "generate", "localize", "notice", "consent"];

export const mockScenarios = {
  ok: {},
  streaming: { chunkDelayMs: 400 },
  loading: { hang: allRoutes },
  error: { fail: allRoutes },
  "stream-error": { streamError: true, chunkDelayMs: 150 },
  restart: { streamRestart: true, chunkDelayMs: 150 },
} as const satisfies Record<string, MockApiOptions>;

export type MockScenario = keyof typeof mockScenarios;

/** Never contacted: the fetch mock answers every request under it. */
export const mockApiOrigin = "http://127.0.0.1:8787";

export function mockApiBase(scenario: MockScenario): string {
  return `${mockApiOrigin}/__mock__/${scenario}`;
}

const scenarioPattern = /^http:\/\/127\.0\.0\.1:8787\/__mock__\/([a-z-]+)\//;

function abortable(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    response.then(resolve, reject);
  });
}

/** Wraps `globalThis.fetch` once; requests outside the mock base go to the real fetch untouched. */
export function installFetchMock(): void {
  const marker = Symbol.for("frontier.fetchMock");
  const global = globalThis as typeof globalThis & { [marker]?: true };
  if (global[marker] === true) return;
  global[marker] = true;
  const handlers = new Map(
    Object.entries(mockScenarios).map(([name, options]) => [name, createMockApi(options)] as const),
  );
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const scenario = scenarioPattern.exec(request.url)?.[1];
    const handler = scenario === undefined ? undefined : handlers.get(scenario);
    if (handler === undefined) return realFetch(input, init);
    return abortable(handler(request), request.signal);
  };
}

// Test helpers for Frontier's packages: fake model providers speaking the real wire formats.
export { startFakeAnthropic, startFakeOpenAI } from "./fake-providers.ts";
export { type FakeReply, faults } from "./fake-reply.ts";
export type { FakeProviderServer, FakeResponder, RecordedRequest } from "./fake-server.ts";

// Test helpers for Frontier's packages: fake model providers speaking the real wire formats, and an
// in-memory scripted provider for tests that need no network.
export { startFakeAnthropic, startFakeOpenAI } from "./fake-providers.ts";
export { type FakeReply, faults } from "./fake-reply.ts";
export type { FakeProviderServer, FakeResponder, RecordedRequest } from "./fake-server.ts";
export {
  createScriptedProvider,
  type ScriptedProvider,
  type ScriptedStep,
  scriptedFailure,
} from "./scripted-provider.ts";
